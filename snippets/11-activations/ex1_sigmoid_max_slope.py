"""Exercise 1: the sigmoid is steepest at z = 0, with slope 1/4.

sigma'(z) = s (1 - s) with s = sigma(z) in (0, 1). The parabola s (1 - s) is largest at
s = 1/2, that is z = 0, where it equals 1/4. Autograd on a fine grid agrees.
"""
import torch

z = torch.linspace(-5, 5, 1001, dtype=torch.float64, requires_grad=True)
torch.sigmoid(z).sum().backward()
best = z.grad.argmax()
print(f"largest sigma'(z) on the grid: {z.grad[best].item():.4f}")
print(f"attained at z = {round(z[best].item(), 4) + 0.0:.4f}")
assert abs(z[best].item()) < 1e-9 and abs(z.grad[best].item() - 0.25) < 1e-12
print("check: max sigma' = 1/4 at z = 0")
