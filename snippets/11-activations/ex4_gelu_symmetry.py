"""Exercise 4: GELU'(z) + GELU'(-z) = 1.

GELU'(z) = Phi(z) + z phi(z). Since Phi(-z) = 1 - Phi(z) and phi(-z) = phi(z), the sum
is 1. So the smallest slope of GELU is 1 minus its largest slope.
"""
import torch
from torch import nn

z = torch.linspace(-6, 6, 1201, dtype=torch.float64, requires_grad=True)
nn.GELU()(z).sum().backward()
slope = z.grad
assert torch.allclose(slope + slope.flip(0), torch.ones_like(slope))
print(f"max GELU'(z): {slope.max().item():.4f}")
print(f"min GELU'(z): {slope.min().item():.4f}")
assert abs(slope.max().item() + slope.min().item() - 1) < 1e-9
print("check: GELU'(z) + GELU'(-z) == 1, so min GELU' == 1 - max GELU'")
