"""Exercise 1: the power rule on f(x) = x^4 - 3x^2.

By hand f'(x) = 4x^3 - 6x, so f'(2) = 32 - 12 = 20. Autograd and a central
difference agree.
"""
import torch

torch.set_default_dtype(torch.float64)


def f(x):
    return x**4 - 3 * x**2


x = torch.tensor(2.0, requires_grad=True)
f(x).backward()
by_hand = 4 * 2.0**3 - 6 * 2.0
h = 1e-5
central = (f(torch.tensor(2.0 + h)) - f(torch.tensor(2.0 - h))) / (2 * h)
print(f"f'(2)  hand: {by_hand:.4f}  autograd: {x.grad:.4f}  central: {central:.4f}")
assert torch.allclose(x.grad, torch.tensor(by_hand))
assert torch.allclose(central, torch.tensor(by_hand))
print("check: autograd == central difference == 4x^3 - 6x")
