"""Gaussian noise makes the negative log-likelihood MSE / (2 sigma^2) plus a constant.

Data from y = 2x + 1 + noise ~ N(0, 0.5^2) and a line y_hat = w x + b: the average NLL
by hand, with Normal.log_prob and with F.gaussian_nll_loss, against MSE, and gradients.
"""
import math

import torch
import torch.nn.functional as F
from torch.distributions import Normal

torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
N, sigma = 50, 0.5
x = torch.rand(N) * 4 - 2
y = 2 * x + 1 + sigma * torch.randn(N)

w, b = torch.tensor(1.5, requires_grad=True), torch.tensor(0.5, requires_grad=True)
y_hat = w * x + b
const = 0.5 * math.log(2 * math.pi * sigma**2)
nll_hand = ((y_hat - y) ** 2 / (2 * sigma**2) + const).mean()
nll_dist = -Normal(y_hat, sigma).log_prob(y).mean()
nll_torch = F.gaussian_nll_loss(y_hat, y, torch.full((N,), sigma**2), full=True)
mse = F.mse_loss(y_hat, y)
from_mse = mse / (2 * sigma**2) + const
print(f"NLL by hand: {nll_hand.item():.6f}")
print(f"NLL from Normal.log_prob: {nll_dist.item():.6f}")
print(f"NLL from F.gaussian_nll_loss: {nll_torch.item():.6f}")
print(f"MSE: {mse.item():.6f}")
print(f"MSE / (2 sigma^2) + constant: {from_mse.item():.6f}")
for other in (nll_dist, nll_torch, from_mse):
    assert torch.isclose(nll_hand, other)

g_nll = torch.autograd.grad(nll_hand, (w, b), retain_graph=True)
g_mse = torch.autograd.grad(mse, (w, b))
scaled = [g / (2 * sigma**2) for g in g_mse]
print(f"gradient of the NLL (w, b): ({g_nll[0]:.4f}, {g_nll[1]:.4f})")
print(f"gradient of MSE / (2 sigma^2): ({scaled[0]:.4f}, {scaled[1]:.4f})")
assert all(torch.isclose(a, c) for a, c in zip(g_nll, scaled))
print("check: NLL == MSE / (2 sigma^2) + constant, and so are their gradients")
