"""Gradient descent by hand.

Fits y ≈ w x + b to noisy points with the MSE cost. The two partial derivatives are the
ones derived on paper; no autograd is involved.
"""
import torch

torch.manual_seed(0)
N = 100
x = 2 * torch.rand(N)
y = 2 * x + 1 + 0.3 * torch.randn(N)

w = torch.tensor(0.0)
b = torch.tensor(0.0)
lr = 0.2
num_epochs = 100

for epoch in range(num_epochs + 1):
    y_hat = w * x + b
    error = y_hat - y
    cost = (error**2).mean()
    dw = 2 * (error * x).mean()
    db = 2 * error.mean()
    if epoch % 20 == 0:
        print(f"epoch {epoch:3d}: w = {w:.4f}  b = {b:.4f}  cost = {cost:.4f}  "
              f"dL/dw = {dw:8.4f}  dL/db = {db:8.4f}")
    w = w - lr * dw
    b = b - lr * db
