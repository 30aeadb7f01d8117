"""Exercise 4: the gradient of f(w1, w2) = w1^2 w2 + exp(w2) at (1, 0).

By hand: df/dw1 = 2 w1 w2 = 0 and df/dw2 = w1^2 + exp(w2) = 1 + 1 = 2,
so grad f = (0, 2).
"""
import math

import torch

w = torch.tensor([1.0, 0.0], requires_grad=True)
value = w[0] ** 2 * w[1] + torch.exp(w[1])
value.backward()
print(f"f(1, 0) = {value.item():.4f}")
print(f"grad f (autograd): ({w.grad[0]:.4f}, {w.grad[1]:.4f})")

w1, w2 = 1.0, 0.0
by_hand = torch.tensor([2 * w1 * w2, w1**2 + math.exp(w2)])
assert torch.allclose(w.grad, by_hand)
assert torch.allclose(w.grad, torch.tensor([0.0, 2.0]))
print("check: autograd == hand-derived gradient (0, 2)")
