"""Elementwise product versus matrix product.

`*` multiplies entries in matching positions (with broadcasting); `@` (`torch.matmul`)
is the matrix product, defined when the inner lengths agree: (m, n) @ (n, p) -> (m, p).
"""
import torch

A = torch.tensor([[1.0, 2.0, 3.0],
                  [4.0, 5.0, 6.0]])
B = torch.tensor([[1.0, 0.0],
                  [0.0, 1.0],
                  [2.0, -1.0]])
print("A.shape:", tuple(A.shape), " B.shape:", tuple(B.shape))
print("A * A (elementwise):")
print(A * A)
C = A @ B
print(f"A @ B, shape {tuple(C.shape)}:")
print(C)
print(f"B @ A, shape {tuple((B @ A).shape)}")
print("C[0, 1] = row 0 of A . column 1 of B =", (A[0] * B[:, 1]).sum().item())

v = torch.tensor([1.0, 1.0, 1.0])
print("A @ v (matrix times vector):", A @ v, " shape", tuple((A @ v).shape))
print("v @ v (dot product):", (v @ v).item())
try:
    A @ A
except RuntimeError as error:
    print("A @ A, shapes (2, 3) @ (2, 3) raises RuntimeError:")
    print("  ", str(error))
print(f"A @ A.T, shape {tuple((A @ A.T).shape)}:")
print(A @ A.T)
