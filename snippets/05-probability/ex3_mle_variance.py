"""Exercise 3: the maximum-likelihood variance of a normal: the mean squared deviation.

With mu = x_bar, the average NLL as a function of sigma is minimised at
sigma^2 = (1/N) sum (x_i - x_bar)^2, which is x.var(correction=0), not the N - 1
version.
"""
import torch
from torch.distributions import Normal

torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
x = 2.0 + 1.5 * torch.randn(10)
x_bar = x.mean()
var_ml = ((x - x_bar) ** 2).mean()
print(f"mean squared deviation: {var_ml:.4f}")
print(f"x.var(correction=0): {x.var(correction=0):.4f}")
print(f"x.var(correction=1): {x.var(correction=1):.4f}")
assert torch.isclose(var_ml, x.var(correction=0))

sigmas = torch.linspace(0.5, 3.0, 2501)
nll = -Normal(x_bar, sigmas[:, None]).log_prob(x).mean(dim=1)
best = sigmas[nll.argmin()]
print(f"grid minimiser sigma^2: {best**2:.4f}")
assert abs(best - var_ml.sqrt()) <= 0.0005

sigma = var_ml.sqrt().requires_grad_()
(g,) = torch.autograd.grad(-Normal(x_bar, sigma).log_prob(x).mean(), sigma)
assert abs(g) < 1e-12
print("check: dNLL/dsigma == 0 at sigma^2 == mean squared deviation")
