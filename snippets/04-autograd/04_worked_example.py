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
print(f"prediction y_hat = w * x:   {y_hat.item():.4f}")
print(f"error y_hat - y:            {(y_hat - y).item():.4f}")
print(f"loss (y_hat - y)^2:         {loss.item():.4f}")

loss.backward()
print(f"dL/dw (autograd):           {w.grad.item():.4f}")
print(f"step -lr * dL/dw:           {(-lr * w.grad).item():.7f}")

with torch.no_grad():
    w -= lr * w.grad
w.grad.zero_()
print(f"updated weight w:           {w.item():.7f}")
print(f"w.grad after zero_():       {w.grad.item():.1f}")

with torch.no_grad():
    new_loss = (w * x - y) ** 2
print(f"new loss:                   {new_loss.item():.4f}")
