"""Exercise 5: a product of many small numbers underflows; the sum of logs does not.

prod_(i=1..50) 0.1 = 1e-50 is below the tiniest positive float32, so it becomes 0.
Its logarithm, sum_(i=1..50) log 0.1 = 50 log 0.1, is an ordinary number.
"""
import math

import torch

p = torch.full((50,), 0.1)
product = torch.prod(p)
log_sum = torch.sum(torch.log(p))
print(f"prod p_i  (float32):  {product.item()}")
print(f"sum log p_i:          {log_sum:.4f}")
print(f"50 log 0.1 (by hand): {50 * math.log(0.1):.4f}")
tiniest = torch.nextafter(torch.tensor(0.0), torch.tensor(1.0))
print(f"tiniest float32 > 0:  {tiniest.item():.4e}")

assert product == 0 and 1e-50 < tiniest.item()
assert math.isclose(log_sum.item(), 50 * math.log(0.1), rel_tol=1e-5)
print("check: the product underflows to 0, the sum of logs equals 50 log 0.1")
