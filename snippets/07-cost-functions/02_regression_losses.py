"""MAE, MSE, RMSE and RMSLE by hand, checked against PyTorch.

Each cost is one line of tensor code. nn.L1Loss and nn.MSELoss give MAE and MSE; RMSE
and RMSLE have no class of their own and are built from torch.sqrt and torch.log1p.
"""
# --8<-- [start:costs]
import torch
from torch import nn

torch.manual_seed(0)
N = 8
y = 10 * torch.rand(N)
y_hat = y + torch.randn(N)


def mae(y_hat, y):
    return (y_hat - y).abs().mean()


def mse(y_hat, y):
    return ((y_hat - y) ** 2).mean()


def rmse(y_hat, y):
    return mse(y_hat, y).sqrt()


def rmsle(y_hat, y):
    return ((torch.log(1 + y_hat) - torch.log(1 + y)) ** 2).mean().sqrt()


# --8<-- [end:costs]

# --8<-- [start:compare]
mae_torch = nn.L1Loss()(y_hat, y)
mse_torch = nn.MSELoss()(y_hat, y)
rmse_torch = torch.sqrt(nn.MSELoss()(y_hat, y))
rmsle_torch = torch.sqrt(nn.MSELoss()(torch.log1p(y_hat), torch.log1p(y)))

print("cost   by hand  PyTorch")
print(f"MAE    {mae(y_hat, y):.4f}   {mae_torch:.4f}   (nn.L1Loss)")
print(f"MSE    {mse(y_hat, y):.4f}   {mse_torch:.4f}   (nn.MSELoss)")
print(f"RMSE   {rmse(y_hat, y):.4f}   {rmse_torch:.4f}   (sqrt of nn.MSELoss)")
print(f"RMSLE  {rmsle(y_hat, y):.4f}   {rmsle_torch:.4f}   (sqrt of MSELoss on log1p)")

assert torch.allclose(mae(y_hat, y), mae_torch)
assert torch.allclose(mse(y_hat, y), mse_torch)
assert torch.allclose(rmse(y_hat, y), rmse_torch)
assert torch.allclose(rmsle(y_hat, y), rmsle_torch)
print("check: hand-written costs == PyTorch costs")

assert mae(y_hat, y) <= rmse(y_hat, y)
print("check: MAE <= RMSE")
assert mse(y_hat, y) < mae(y_hat, y)  # possible: the two have different units
print("check: here MSE < MAE")
# --8<-- [end:compare]
