"""Exercise 2: the best constant prediction is the mean under MSE, the median under MAE.

A grid of constants c is scored against data with one outlier. The MSE is lowest at the
mean (22, pulled up by the outlier), the MAE at the median (3).
"""
import torch

y = torch.tensor([1.0, 2.0, 3.0, 4.0, 100.0], dtype=torch.float64)
c = torch.linspace(0, 30, 3001, dtype=torch.float64)
mse = ((c[:, None] - y) ** 2).mean(dim=1)
mae = (c[:, None] - y).abs().mean(dim=1)
c_mse = c[mse.argmin()]
c_mae = c[mae.argmin()]
print(f"mean = {y.mean():.2f}   median = {y.median():.2f}")
print(f"constant with the lowest MSE: {c_mse:.2f}")
print(f"constant with the lowest MAE: {c_mae:.2f}")
assert torch.isclose(c_mse, y.mean()) and torch.isclose(c_mae, y.median())
print("check: argmin MSE == mean, argmin MAE == median")
