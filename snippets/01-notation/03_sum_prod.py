"""Sigma and Pi: a sum and a product over an index.

The symbol says "loop over i and add" (or multiply). The loop is written out once, as
the notation reads, and compared with torch.sum and torch.prod and with hand values.
"""
import torch

x = torch.tensor([2.0, 3.0, 5.0, 7.0])
N = len(x)

total = 0.0
product = 1.0
for i in range(1, N + 1):
    total = total + x[i - 1]
    product = product * x[i - 1]

print("x:", x.tolist(), " N =", N)
print(f"sum_(i=1..N) x_i   (loop):       {total:6.1f}")
print(f"sum_(i=1..N) x_i   (torch.sum):  {torch.sum(x):6.1f}")
print(f"prod_(i=1..N) x_i  (loop):       {product:6.1f}")
print(f"prod_(i=1..N) x_i  (torch.prod): {torch.prod(x):6.1f}")
print(f"sum_(i=2..3) x_i   (x[1:3]):     {x[1:3].sum():6.1f}")
print(f"sum_(i=1..N) 3 x_i (3 * x):      {torch.sum(3 * x):6.1f}")

assert total == torch.sum(x) == 2 + 3 + 5 + 7 == 17
assert product == torch.prod(x) == 2 * 3 * 5 * 7 == 210
assert x[1:3].sum() == 3 + 5
assert torch.sum(3 * x) == 3 * torch.sum(x)
print("check: loops, torch.sum/torch.prod and hand values agree")
