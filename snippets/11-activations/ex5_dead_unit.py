"""Exercise 5: a dead unit, by hand.

One unit z = x1 + x2 - 3 sees inputs in the square [0, 1]^2, so z <= -1 everywhere.
With ReLU its output and all its gradients are 0. With Leaky ReLU (slope a for z < 0)
the output is a z, so dL/dw = a * sum of x and dL/db = a * N for L = sum of outputs.
"""
import torch
from torch import nn

grid = torch.linspace(0, 1, 11)
X = torch.cartesian_prod(grid, grid)
a = 0.01

for activation in (nn.ReLU(), nn.LeakyReLU(a)):
    w = torch.tensor([1.0, 1.0], requires_grad=True)
    b = torch.tensor(-3.0, requires_grad=True)
    z = X @ w + b
    out = activation(z)
    out.sum().backward()
    name = type(activation).__name__
    grad_w = ", ".join(f"{g:.4f}" for g in w.grad.tolist())
    print(f"{name}: largest z = {z.max():.4f}, dL/dw = [{grad_w}], "
          f"dL/db = {b.grad.item():.4f}")
    if name == "ReLU":
        assert out.abs().max() == 0 and w.grad.abs().max() == 0 and b.grad == 0
    else:
        assert torch.allclose(w.grad, a * X.sum(dim=0))
        assert torch.isclose(b.grad, torch.tensor(a * len(X)))
print(f"hand: a * sum(x) = {a * X.sum(dim=0)[0]:.4f} per weight, a * N = {a * len(X):.4f}")
assert round((a * X.sum(dim=0)[0]).item(), 4) == 0.6050 and round(a * len(X), 4) == 1.2100
print("check: ReLU gradient is exactly 0; Leaky ReLU gradient == a * sum(x), a * N")
