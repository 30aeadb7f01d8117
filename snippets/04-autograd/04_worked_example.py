"""Worked example: one gradient step on a single weight, with autograd.

A weight w = 0.2 predicts y_hat = w * x for the input x = 30.2; the target is y = 10.5.
Autograd gives dL/dw for L = (y_hat - y)^2, and one step w <- w - lr * dL/dw with
lr = 0.0001 moves the weight and lowers the loss.
"""
import torch

w = torch.tensor(0.2, requires_grad=True)
x = torch.tensor(30.2)
y = torch.tensor(10.5)
lr = 0.0001

y_hat = w * x
loss = (y_hat - y) ** 2
print(f"prediction y_hat = w * x:   {y_hat.item():.2f}")
print(f"error y_hat - y:            {(y_hat - y).item():.2f}")
print(f"loss (y_hat - y)^2:         {loss.item():.4f}")

loss.backward()
grad = w.grad.item()
print(f"dL/dw (autograd):           {grad:.3f}")
print(f"step -lr * dL/dw:           {-lr * grad:.7f}")

with torch.no_grad():
    w -= lr * w.grad
w.grad.zero_()
print(f"updated weight w:           {w.item():.7f}")
print(f"w.grad after zero_():       {w.grad.item():.1f}")

with torch.no_grad():
    new_loss = (w * x - y) ** 2
print(f"new loss:                   {new_loss.item():.4f}")

by_hand = [6.04, -4.46, 19.8916, -269.384, 0.0269384, 0.2269384, 13.2967]
values = [y_hat.item(), y_hat.item() - 10.5, loss.item(), grad, -lr * grad, w.item(),
          new_loss.item()]
assert all(abs(v - h) < 1e-4 * max(1.0, abs(h)) for v, h in zip(values, by_hand))
print("check: every line equals the hand computation")
