"""Check: strides, broadcasting and the matrix product follow this chapter's formulas.

Compares PyTorch with the row-major stride formula, the flat-index formula, a
hand-written version of the broadcasting rule (including a shape pair that must fail)
and the sum that defines the matrix product.
"""
import itertools
import math

import torch

torch.manual_seed(0)


def row_major_strides(shape):
    strides = [1] * len(shape)
    for k in range(len(shape) - 2, -1, -1):
        strides[k] = strides[k + 1] * shape[k + 1]
    return tuple(strides)


def broadcast_by_hand(shape_a, shape_b):
    rank = max(len(shape_a), len(shape_b))
    a = (1,) * (rank - len(shape_a)) + tuple(shape_a)
    b = (1,) * (rank - len(shape_b)) + tuple(shape_b)
    result = []
    for da, db in zip(a, b):
        if da != db and 1 not in (da, db):
            return None
        result.append(max(da, db))
    return tuple(result)


shape = (2, 3, 4)
T = torch.arange(24).reshape(shape)
flat = T.flatten()
assert T.numel() == math.prod(shape)
assert T.stride() == row_major_strides(shape)
for index in itertools.product(*(range(d) for d in shape)):
    offset = sum(i * s for i, s in zip(index, row_major_strides(shape)))
    assert T[index] == flat[offset]
print(f"strides of {shape}: {T.stride()}")
print("check: strides and flat offsets match the row-major formula")

assert torch.equal(T.reshape(4, 6).flatten(), flat)
assert torch.equal(T.view(6, 4)[5], flat[20:24])
print("check: view/reshape keep the row-major order of the elements")

a = torch.tensor([[100.0], [200.0], [300.0]])
b = torch.tensor([10.0, 20.0, 30.0, 40.0])
C = a + b
by_loops = torch.empty(3, 4)
for i in range(3):
    for j in range(4):
        by_loops[i, j] = a[i, 0] + b[j]
assert torch.equal(C, by_loops)
print("check: (a + b)[i, j] == a[i, 0] + b[j] for every i, j")

pairs = [((3, 4), (4,)), ((3, 1), (4,)), ((2, 3, 4), (3, 1)),
         ((5, 1, 6), (7, 1)), ((), (2, 2)), ((3, 4), (3,))]
for shape_a, shape_b in pairs:
    expected = broadcast_by_hand(shape_a, shape_b)
    try:
        actual = tuple((torch.zeros(shape_a) + torch.zeros(shape_b)).shape)
    except RuntimeError:
        actual = None
    assert actual == expected
    shown = expected if expected is not None else "error"
    print(f"  {str(shape_a):>10} with {str(shape_b):<7} -> {shown}")
print("check: the hand-written broadcasting rule agrees with PyTorch")

A = torch.randn(2, 3, dtype=torch.float64)
B = torch.randn(3, 4, dtype=torch.float64)
by_sum = torch.zeros(2, 4, dtype=torch.float64)
for i in range(2):
    for j in range(4):
        by_sum[i, j] = sum(A[i, k] * B[k, j] for k in range(3))
assert torch.allclose(A @ B, by_sum, rtol=1e-12, atol=1e-12)
assert torch.allclose(A @ B, (A[:, :, None] * B[None, :, :]).sum(dim=1))
print("check: (A @ B)[i, j] == sum over k of A[i, k] * B[k, j]")
