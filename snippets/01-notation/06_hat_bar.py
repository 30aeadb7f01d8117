"""Hat and bar: a prediction y_hat and a mean x_bar, then a whole formula read aloud.

A model turns each x_i into a prediction y_hat_i = w x_i + b. The bar is the
average over the examples. Together with Sigma they spell the mean squared error.
"""
import torch

x = torch.tensor([1.0, 2.0, 3.0, 4.0])
y = torch.tensor([3.5, 5.0, 6.5, 9.0])
w, b = 2.0, 1.0
N = len(x)

y_hat = w * x + b
x_bar = x.mean()
y_bar = y.mean()
loss = (1 / N) * torch.sum((y_hat - y) ** 2)

print("x:      ", x.tolist())
print("y:      ", y.tolist())
print("y_hat:  ", y_hat.tolist())
print(f"x_bar = {x_bar:g}   y_bar = {y_bar:g}")
print("y_hat - y:", (y_hat - y).tolist())
print(f"L = (1/N) sum (y_hat_i - y_i)^2 = {loss:g}")

assert x_bar == torch.sum(x) / N == 2.5
assert y_bar == 6.0
assert torch.equal(y_hat, torch.tensor([3.0, 5.0, 7.0, 9.0]))
assert loss == ((-0.5) ** 2 + 0**2 + 0.5**2 + 0**2) / 4 == 0.125
assert loss == torch.mean((y_hat - y) ** 2)
print("check: x_bar = 2.5, y_bar = 6, L = 0.5 / 4 = 0.125, as computed by hand")
