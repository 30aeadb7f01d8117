"""min versus argmin: the lowest value versus where it is reached.

On a grid of x values, torch.min gives the smallest q(x) and torch.argmin gives the
index of the grid point that attains it. For q(x) = (x - 1)^2 - 2 the hand answers are
min q = -2 and argmin q = 1.
"""
import torch


def q(x):
    return x**2 - 2 * x - 1


grid = torch.linspace(-2.0, 4.0, 61)
values = q(grid)
k = torch.argmin(values)
print(f"grid: {len(grid)} points from {grid[0]:.1f} to {grid[-1]:.1f}, step 0.1")
print(f"min q(x) over the grid:    {torch.min(values):.4f}")
print(f"argmin index k:            {k.item()}")
print(f"argmin q(x) = grid[k]:     {grid[k]:.4f}")

v = torch.tensor([5.0, 0.5, 3.0])
print("v:", v.tolist(), " min:", v.min().item(),
      " argmin (0-based):", v.argmin().item())

assert torch.isclose(grid[k], torch.tensor(1.0))
assert torch.isclose(values[k], torch.tensor(-2.0))
assert v.argmin() == 1 and v.min() == 0.5
assert k.item() == 30
print("check: argmin q = 1 and min q = -2, the vertex found by hand")
