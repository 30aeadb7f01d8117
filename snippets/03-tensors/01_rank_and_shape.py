"""Scalar, vector, matrix, tensor: rank and shape.

Builds one tensor of each rank and prints its number of axes (`.dim()`), its shape
(`.shape`, `.size()`) and its number of elements (`.numel()`).
"""
import torch

scalar = torch.tensor(3.5)
vector = torch.tensor([1.0, 2.0, 3.0])
matrix = torch.tensor([[1.0, 2.0, 3.0],
                       [4.0, 5.0, 6.0]])
cube = torch.arange(24.0).reshape(2, 3, 4)

for name, t in [("scalar", scalar), ("vector", vector),
                ("matrix", matrix), ("3-D tensor", cube)]:
    print(f"{name:>10}: dim={t.dim()}  shape={tuple(t.shape)}  numel={t.numel()}")

print("matrix.shape:", matrix.shape)
print("matrix.size():", matrix.size())
print("matrix.size(1):", matrix.size(1), "(length of axis 1)")
print("matrix.shape[-1]:", matrix.shape[-1], "(negative index counts from the end)")
print("scalar.item():", scalar.item(), "(a Python float)")
print("cube[1]:")
print(cube[1])
