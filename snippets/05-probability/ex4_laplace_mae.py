"""Exercise 4: Laplace noise makes the negative log-likelihood MAE / b plus a constant.

p(y) = exp(-|y - y_hat| / b) / (2b), so the average NLL is MAE / b + log(2b). The best
constant prediction under this likelihood is the median.
"""
import math

import torch
import torch.nn.functional as F
from torch.distributions import Laplace

torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
y = torch.tensor([1.0, 2.0, 3.0, 4.0, 100.0])
y_hat = torch.tensor([1.5, 1.5, 3.5, 3.0, 10.0])
b = 2.0
nll = -Laplace(y_hat, b).log_prob(y).mean()
from_mae = F.l1_loss(y_hat, y) / b + math.log(2 * b)
print(f"NLL from Laplace.log_prob: {nll:.6f}")
print(f"MAE / b + log(2b): {from_mae:.6f}")
assert torch.isclose(nll, from_mae)

c = torch.linspace(0.0, 30.0, 3001)
nll_c = -Laplace(c[:, None], b).log_prob(y).mean(dim=1)
best = c[nll_c.argmin()]
print(f"best constant prediction: {best:.2f}")
print(f"median: {y.median():.2f}")
print(f"mean: {y.mean():.2f}")
assert torch.isclose(best, y.median())
print("check: Laplace NLL == MAE / b + log(2b); its minimiser is the median")
