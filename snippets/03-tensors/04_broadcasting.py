"""Broadcasting: operating on tensors of different shapes.

Shapes are compared from the last axis backwards; two lengths fit when they are equal or
one of them is 1 (a missing axis counts as 1). Axes of length 1 are stretched without
copying. When the lengths clash, PyTorch raises a RuntimeError.
"""
import torch

X = torch.arange(12.0).reshape(3, 4)
row = torch.tensor([10.0, 20.0, 30.0, 40.0])
col = torch.tensor([[100.0], [200.0], [300.0]])

print("X + 1 (scalar):")
print(X + 1)
print("X + row, shapes (3, 4) + (4,):")
print(X + row)
print("X + col, shapes (3, 4) + (3, 1):")
print(X + col)
C = col + row
print("col + row, shapes (3, 1) + (4,) -> result shape", tuple(C.shape))
print(C)
print("broadcast_shapes((2, 3, 4), (3, 1)):",
      tuple(torch.broadcast_shapes((2, 3, 4), (3, 1))))

means = X.mean(dim=1)
print("means = X.mean(dim=1):", means, " shape", tuple(means.shape))
try:
    X - means
except RuntimeError as error:
    print("X - means, shapes (3, 4) - (3,) raises RuntimeError:")
    print("  ", str(error))
centered = X - means.unsqueeze(1)
print("X - means.unsqueeze(1), shapes (3, 4) - (3, 1):")
print(centered)
print("X - X.mean(dim=1, keepdim=True) gives the same:",
      torch.equal(centered, X - X.mean(dim=1, keepdim=True)))
