"""Exercise 1: sums and products over an index, by hand and with torch.

sum_(i=1..4) i^2 = 1 + 4 + 9 + 16 = 30, prod_(i=1..4) i = 4! = 24, and Gauss's formula
sum_(i=1..n) i = n (n + 1) / 2 gives 5050 for n = 100.
"""
import torch

i = torch.arange(1, 5)
print("i:", i.tolist())
print("sum_(i=1..4) i^2: ", torch.sum(i**2).item())
print("prod_(i=1..4) i:  ", torch.prod(i).item())
n = 100
print("sum_(i=1..100) i: ", torch.sum(torch.arange(1, n + 1)).item())

assert torch.sum(i**2) == 30
assert torch.prod(i) == 24
assert torch.sum(torch.arange(1, n + 1)) == n * (n + 1) // 2 == 5050
print("check: 30, 24 and 5050, as computed by hand")
