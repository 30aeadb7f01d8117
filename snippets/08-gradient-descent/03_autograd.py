"""Gradient descent with autograd.

The same fit as the hand-written version, but `backward()` computes dL/dw and dL/db.
The update itself is still written out, inside `torch.no_grad()`.
"""
import torch

torch.manual_seed(0)
N = 100
x = 2 * torch.rand(N)
y = 2 * x + 1 + 0.3 * torch.randn(N)

w = torch.tensor(0.0, requires_grad=True)
b = torch.tensor(0.0, requires_grad=True)
lr = 0.2
num_epochs = 100

for epoch in range(num_epochs + 1):
    cost = ((w * x + b - y) ** 2).mean()
    cost.backward()
    if epoch % 20 == 0:
        print(f"epoch {epoch:3d}: w = {w:.4f}  b = {b:.4f}  cost = {cost:.4f}  "
              f"dL/dw = {w.grad:8.4f}  dL/db = {b.grad:8.4f}")
    with torch.no_grad():
        w -= lr * w.grad
        b -= lr * b.grad
    w.grad.zero_()
    b.grad.zero_()
