"""Exercise 1: the cost and its gradient at w = 1, b = 1, by hand and by autograd.

By hand: y_hat = x + 1 gives errors (0, -1, -2), so cost = 5/3, dw = -16/3, db = -2.
"""
import torch

x_train = torch.tensor([[1.0], [2.0], [3.0]])
y_train = torch.tensor([[2.0], [4.0], [6.0]])

w = torch.tensor(1.0, requires_grad=True)
b = torch.tensor(1.0, requires_grad=True)
cost = torch.mean((x_train * w + b - y_train) ** 2)
cost.backward()

print(f"cost (autograd): {cost.item():.4f}   5/3 = {5 / 3:.4f}")
print(f"dw (autograd):   {w.grad.item():.4f}  -16/3 = {-16 / 3:.4f}")
print(f"db (autograd):   {b.grad.item():.4f}")
assert torch.isclose(cost, torch.tensor(5 / 3))
assert torch.isclose(w.grad, torch.tensor(-16 / 3))
assert torch.isclose(b.grad, torch.tensor(-2.0))
print("check: autograd == hand-derived cost and gradient")
