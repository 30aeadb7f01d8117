"""Exercise 2: the variance of a Bernoulli(p) variable is p(1 - p), largest at p = 1/2.

X^2 = X for a 0/1 variable, so E[X^2] = p and Var[X] = p - p^2. On a grid of p the
formula matches torch.distributions.Bernoulli and peaks at 1/4.
"""
import torch
from torch.distributions import Bernoulli

torch.set_default_dtype(torch.float64)
p = torch.linspace(0.0, 1.0, 101)
by_hand = p * (1 - p)
library = Bernoulli(probs=p).variance
assert torch.allclose(by_hand, library)
best = p[by_hand.argmax()]
for i in (10, 30, 50):
    print(f"Var[X] at p = {p[i]:.1f}: {by_hand[i]:.4f}")
print(f"p with the largest variance: {best:.2f}, variance {by_hand.max():.4f}")
assert best == 0.5 and torch.isclose(by_hand.max(), torch.tensor(0.25))
print("check: p(1 - p) == Bernoulli(p).variance, largest value 1/4 at p = 1/2")
