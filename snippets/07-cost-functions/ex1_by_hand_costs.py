"""Exercise 1: MAE, MSE and RMSE of three predictions, by hand and by PyTorch.

The residuals y_hat - y are -1, 2 and -3, so MAE = 6/3 = 2, MSE = 14/3 and RMSE =
sqrt(14/3).
"""
import math

import torch
from torch import nn

y = torch.tensor([2.0, 4.0, 6.0])
y_hat = torch.tensor([1.0, 6.0, 3.0])
print("residuals y_hat - y:", (y_hat - y).tolist())

mae = nn.L1Loss()(y_hat, y)
mse = nn.MSELoss()(y_hat, y)
rmse = torch.sqrt(mse)
print(f"MAE  = {mae:.4f}   by hand 6/3        = {6 / 3:.4f}")
print(f"MSE  = {mse:.4f}   by hand 14/3       = {14 / 3:.4f}")
print(f"RMSE = {rmse:.4f}   by hand sqrt(14/3) = {math.sqrt(14 / 3):.4f}")
assert math.isclose(mae.item(), 2.0, rel_tol=1e-6)
assert math.isclose(mse.item(), 14 / 3, rel_tol=1e-6)
assert math.isclose(rmse.item(), math.sqrt(14 / 3), rel_tol=1e-6)
print("check: PyTorch == hand computation")
