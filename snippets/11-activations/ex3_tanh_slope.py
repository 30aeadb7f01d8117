"""Exercise 3: the derivative of tanh, from tanh(z) = 2 sigma(2z) - 1.

The chain rule gives tanh'(z) = 2 * sigma'(2z) * 2 = 4 sigma'(2z), and at z = 0 this is
4 * 1/4 = 1. Autograd confirms both.
"""
import torch

z = torch.linspace(-4, 4, 81, dtype=torch.float64, requires_grad=True)
torch.tanh(z).sum().backward()
s = torch.sigmoid(2 * z.detach())
by_hand = 4 * s * (1 - s)
assert torch.allclose(z.grad, by_hand)
assert torch.allclose(z.grad, 1 - torch.tanh(z.detach()) ** 2)
print(f"tanh'(0) (autograd): {z.grad[40].item():.4f}")
print("check: tanh'(z) == 4 sigma'(2z) == 1 - tanh(z)^2")
