"""Maximum likelihood for the mean of a normal distribution is the sample mean.

Twenty samples from N(2, 1). With sigma = 1 known, the average negative log-likelihood
of a candidate mean mu is scanned on a grid; its minimiser is the sample mean. Autograd
gives the same derivative as the hand formula (mu - x_bar) / sigma^2.
"""
import math

import torch
from torch.distributions import Normal

torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
g = torch.Generator().manual_seed(0)
x = 2.0 + torch.randn(20, generator=g)
sigma = 1.0

const = 0.5 * math.log(2 * math.pi * sigma**2)
mus = torch.linspace(0.0, 4.0, 4001)
losses = ((x - mus[:, None]) ** 2 / (2 * sigma**2)).mean(dim=1) + const
best = mus[losses.argmin()]
print(f"sample mean x_bar: {x.mean():.3f}")
print(f"grid minimiser of the NLL: {best:.3f}")
assert abs(best - x.mean()) <= 0.0005

mu = torch.tensor(1.5, requires_grad=True)
loss = ((x - mu) ** 2 / (2 * sigma**2)).mean() + const
loss.backward()
by_hand = (mu.detach() - x.mean()) / sigma**2
print(f"NLL at mu = 1.5: {loss.item():.4f}")
print(f"dNLL/dmu at mu = 1.5 (autograd): {mu.grad.item():.4f}")
print(f"dNLL/dmu at mu = 1.5 (by hand): {by_hand.item():.4f}")
assert torch.isclose(mu.grad, by_hand)
lib = -Normal(mu.detach(), sigma).log_prob(x).mean()
assert torch.isclose(lib, loss.detach())
print("check: argmin of the NLL == sample mean")
print("check: autograd == (mu - x_bar) / sigma^2")
print("check: hand NLL == -Normal(mu, sigma).log_prob(x).mean()")
