"""Sampling with a seeded torch.Generator: the same seed gives the same samples.

A generator is a random number stream of its own. Two generators seeded alike produce
the same draws; draws from one generator leave the global stream (torch.manual_seed)
untouched, so one part of a program cannot shift the random numbers of another.
"""
import torch

torch.manual_seed(0)
g = torch.Generator().manual_seed(0)
print("uniform on [0, 1):", torch.rand(4, generator=g))
print("standard normal:  ", torch.randn(4, generator=g))
p = torch.full((8,), 0.3)
print("Bernoulli(0.3):   ", torch.bernoulli(p, generator=g))
probs = torch.tensor([0.2, 0.5, 0.3])
print("categorical:      ", torch.multinomial(probs, 8, replacement=True, generator=g))

g1 = torch.Generator().manual_seed(42)
g2 = torch.Generator().manual_seed(42)
a = torch.randn(1000, generator=g1)
b = torch.randn(1000, generator=g2)
assert torch.equal(a, b)
print("check: two generators seeded with 42 draw identical samples")

torch.manual_seed(0)
before = torch.randn(3)
torch.manual_seed(0)
_ = torch.randn(1000, generator=g1)
after = torch.randn(3)
assert torch.equal(before, after)
print("check: drawing from g1 leaves the global stream unchanged")
