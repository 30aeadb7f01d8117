"""Exercise 2: three learning rates on the three-point data, and the limit between them.

The cost is quadratic in (w, b) with Hessian (2/N) [[sum x^2, sum x], [sum x, N]];
plain gradient descent diverges once lr exceeds 2 / (largest eigenvalue).
"""
import torch

x_train = torch.tensor([[1.0], [2.0], [3.0]])
y_train = torch.tensor([[2.0], [4.0], [6.0]])
N = len(x_train)

x = x_train.squeeze(1)
hessian = 2 / N * torch.tensor([[torch.sum(x ** 2), torch.sum(x)], [torch.sum(x), N]])
eigenvalues = torch.linalg.eigvalsh(hessian)
print("Hessian eigenvalues:", [round(v, 4) for v in eigenvalues.tolist()])
print(f"largest stable lr: {2 / eigenvalues[-1]:.4f}")  # 2 / largest eigenvalue

for lr in [0.01, 0.1, 0.2]:
    w = torch.zeros(1, requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    optimizer = torch.optim.SGD([w, b], lr=lr)
    for epoch in range(100):
        cost = torch.mean((x_train * w + b - y_train) ** 2)
        optimizer.zero_grad()
        cost.backward()
        optimizer.step()
    cost = torch.mean((x_train * w + b - y_train) ** 2)
    print(f"lr = {lr:<4}  after 100 epochs: w = {w.item():.4g}, b = {b.item():.4g},"
          f" cost = {cost.item():.4g}")
