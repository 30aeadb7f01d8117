"""Exercise 1: expectation and variance of a fair die, by hand and by sampling.

E[X] = 21/6 = 3.5, E[X^2] = 91/6, so Var[X] = 91/6 - 3.5^2 = 35/12. The mean and
variance of 100000 rolls from a seeded generator come close to these values.
"""
from fractions import Fraction

import torch

torch.manual_seed(0)
faces = [Fraction(k) for k in range(1, 7)]
mean = sum(faces) / 6
mean_sq = sum(k * k for k in faces) / 6
var = mean_sq - mean**2
print(f"E[X] = {mean}, E[X^2] = {mean_sq}, Var[X] = {var} = {float(var):.4f}")
assert mean == Fraction(7, 2) and var == Fraction(35, 12)

g = torch.Generator().manual_seed(0)
rolls = torch.randint(1, 7, (100_000,), generator=g, dtype=torch.float64)
print(f"sample mean of 100000 rolls: {rolls.mean():.4f}")
print(f"sample variance of 100000 rolls: {rolls.var(correction=0):.4f}")
assert abs(rolls.mean() - 3.5) < 0.02 and abs(rolls.var(correction=0) - 35 / 12) < 0.05
print("check: exact E[X] == 7/2 and Var[X] == 35/12; the samples come close")
