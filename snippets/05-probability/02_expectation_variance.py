"""Expectation and variance from their definitions, checked against torch.distributions.

A discrete X on {0, 1, 2, 3} with probabilities (0.1, 0.2, 0.3, 0.4): E[X] = sum of
x p(x). A Bernoulli(0.3) variable. A normal N(1, 2^2), whose expectation is an integral,
approximated here by the trapezoidal rule on a fine grid.
"""
import torch
from torch.distributions import Bernoulli, Categorical, Normal

torch.set_default_dtype(torch.float64)
torch.manual_seed(0)

x = torch.tensor([0.0, 1.0, 2.0, 3.0])
p = torch.tensor([0.1, 0.2, 0.3, 0.4])
mean = (x * p).sum()
var = ((x - mean) ** 2 * p).sum()
print(f"discrete E[X]: {mean:.4f}")
print(f"discrete Var[X]: {var:.4f}")
assert torch.isclose(var, (x**2 * p).sum() - mean**2)
samples = Categorical(probs=p).sample((100_000,)).double()
print(f"discrete sample mean (N = 100000): {samples.mean():.4f}")
print(f"discrete sample variance (N = 100000): {samples.var(correction=0):.4f}")

bern = Bernoulli(probs=torch.tensor(0.3))
print(f"Bernoulli(0.3): mean {bern.mean:.4f}, variance {bern.variance:.4f}")
assert torch.isclose(bern.mean, torch.tensor(0.3))
assert torch.isclose(bern.variance, torch.tensor(0.3 * 0.7))

normal = Normal(loc=1.0, scale=2.0)
grid = torch.linspace(-19.0, 21.0, 40_001)
density = normal.log_prob(grid).exp()
total = torch.trapezoid(density, grid)
mean_n = torch.trapezoid(grid * density, grid)
var_n = torch.trapezoid((grid - mean_n) ** 2 * density, grid)
print(f"N(1, 4): integral of p(x) {total:.6f}, E[X] {mean_n:.6f}, Var[X] {var_n:.6f}")
assert torch.isclose(total, torch.tensor(1.0)) and torch.isclose(mean_n, normal.mean)
assert torch.isclose(var_n, normal.variance)
print("check: definitions == torch.distributions (mean, variance)")
