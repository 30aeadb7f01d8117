"""Partial derivatives and the gradient of f(w1, w2) = w1^2 + 3 w1 w2.

A partial derivative moves one variable and holds the others fixed; the gradient stacks
all partial derivatives into one vector. Autograd, a small nudge and the hand-derived
formulas (2 w1 + 3 w2, 3 w1) must give the same numbers.
"""
import torch


def f(w):
    return w[0] ** 2 + 3 * w[0] * w[1]


w = torch.tensor([1.0, 2.0], requires_grad=True)
value = f(w)
value.backward()
print(f"f(1, 2) = {value.item():.4f}")
print(f"grad f (autograd):        ({w.grad[0]:.4f}, {w.grad[1]:.4f})")

w1, w2 = 1.0, 2.0
by_hand = torch.tensor([2 * w1 + 3 * w2, 3 * w1])
print(f"grad f (by hand):         ({by_hand[0]:.4f}, {by_hand[1]:.4f})")

h = 0.001
base = torch.tensor([w1, w2], dtype=torch.float64)
nudged = [(f(base + h * e) - f(base)) / h for e in torch.eye(2, dtype=torch.float64)]
print(f"nudge one variable by h:  ({nudged[0]:.3f}, {nudged[1]:.3f})  h = {h}")
assert f"{nudged[0]:.3f}" == "8.001"

assert torch.allclose(w.grad, by_hand)
assert abs(nudged[0] - 8) < 1e-2 and abs(nudged[1] - 3) < 1e-2
print("check: autograd == hand-derived gradient (8, 3), and nudges agree to 0.01")
