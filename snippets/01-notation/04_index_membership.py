"""Subscript i picks an example (a row), x_ij one feature of it; "in" states a shape.

The data matrix X holds one example per row. Its entries are made equal to 10 i + j
(with 1-based i and j, as in the math), so every printed number shows where it came
from.
"""
import torch

N, d = 4, 3
i = torch.arange(1, N + 1).reshape(N, 1)
j = torch.arange(1, d + 1).reshape(1, d)
X = (10 * i + j).float()
y = torch.tensor([0, 1, 1, 0])

print("X =")
print(X)
print("X in R^(N x d): shape", tuple(X.shape), "dtype", X.dtype)
print("y in {0,1}^N:  ", y.tolist())

x3 = X[3 - 1]
print("x_3  = X[2]    =", x3.tolist())
print("x_32 = X[2, 1] =", X[3 - 1, 2 - 1].item())
print("component 2 of the vector x_3 =", x3[2 - 1].item())
print("feature 2 of every example, X[:, 1] =", X[:, 2 - 1].tolist())

assert X.shape == (N, d) and X.dtype.is_floating_point
assert torch.isin(y, torch.tensor([0, 1])).all() and y.shape == (N,)
assert torch.equal(x3, torch.tensor([31.0, 32.0, 33.0]))
assert X[:2].tolist() == [[11, 12, 13], [21, 22, 23]]
assert X[2, 1] == x3[1] == 32
for row in range(1, N + 1):
    for col in range(1, d + 1):
        assert X[row - 1, col - 1] == 10 * row + col
print("check: X[i-1, j-1] == 10 i + j, so x_32 = 32 as read off the matrix")
