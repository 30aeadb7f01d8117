"""Exercise 2: norm, mean and argmin of one vector.

For x = (1, -2, 2): ||x|| = sqrt(1 + 4 + 4) = 3, x_bar = (1 - 2 + 2) / 3 = 1/3, and the
smallest component is x_2 = -2, which torch reports at index 1 because it counts from 0.
"""
import torch

x = torch.tensor([1.0, -2.0, 2.0])
print("x:", x.tolist())
print(f"||x||:   {torch.linalg.norm(x):.4f}")
print(f"x_bar:   {x.mean():.4f}")
print(f"min x_i: {x.min():.4f}")
k = torch.argmin(x).item()
print(f"argmin:  index {k} in torch (0-based), i = {k + 1} in the math (1-based)")

assert torch.linalg.norm(x) == 3
assert torch.isclose(x.mean(), torch.tensor(1 / 3))
assert x.min() == -2 and k == 1
print("check: ||x|| = 3, x_bar = 1/3, argmin_i x_i = 2 (math) = 1 (torch)")
