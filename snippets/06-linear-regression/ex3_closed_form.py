"""Exercise 3: a fourth point (4, 9), the best line by hand, and gradient descent.

Setting both partial derivatives of the MSE cost to zero gives w = Sxy / Sxx and
b = mean(y) - w mean(x); for x = (1, 2, 3, 4), y = (2, 4, 6, 9): w = 2.3, b = -0.5.
"""
import torch

x_train = torch.tensor([[1.0], [2.0], [3.0], [4.0]])
y_train = torch.tensor([[2.0], [4.0], [6.0], [9.0]])

x_mean, y_mean = x_train.mean(), y_train.mean()
s_xy = torch.sum((x_train - x_mean) * (y_train - y_mean))
s_xx = torch.sum((x_train - x_mean) ** 2)
w_best = s_xy / s_xx
b_best = y_mean - w_best * x_mean
print(f"closed form: Sxy = {s_xy:.4f}, Sxx = {s_xx:.4f}")
print(f"closed form: w = {w_best:.4f}, b = {b_best:.4f}")

w = torch.zeros(1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
optimizer = torch.optim.SGD([w, b], lr=0.05)
for epoch in range(2000):
    cost = torch.mean((x_train * w + b - y_train) ** 2)
    optimizer.zero_grad()
    cost.backward()
    optimizer.step()
print(f"gradient descent: w = {w.item():.4f}, b = {b.item():.4f}")
print(f"cost at the end: {cost.item():.4f}")

assert torch.isclose(w_best, torch.tensor(2.3))
assert torch.isclose(b_best, torch.tensor(-0.5))
assert torch.allclose(torch.cat([w, b]), torch.stack([w_best, b_best]), atol=1e-3)
print("check: gradient descent == closed form w = 2.3, b = -0.5")
