"""Gradient descent by hand.

Fits y ≈ W x + b to noisy points with the MSE cost. The two partial derivatives are the
ones derived on paper; no autograd is involved.
"""
import torch

torch.manual_seed(0)
N = 100
x = 2 * torch.rand(N)
y = 2 * x + 1 + 0.3 * torch.randn(N)

W = torch.tensor(0.0)
b = torch.tensor(0.0)
lr = 0.2
num_epochs = 100

for epoch in range(num_epochs + 1):
    y_hat = W * x + b
    error = y_hat - y
    cost = (error**2).mean()
    dW = 2 * (error * x).mean()
    db = 2 * error.mean()
    if epoch % 20 == 0:
        print(f"epoch {epoch:3d}: W = {W:.4f}  b = {b:.4f}  cost = {cost:.4f}  "
              f"dJ/dW = {dW:8.4f}  dJ/db = {db:8.4f}")
    W = W - lr * dW
    b = b - lr * db
