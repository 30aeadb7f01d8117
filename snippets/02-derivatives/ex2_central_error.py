"""Exercise 2: the leading error terms of the two differences, for f(x) = e^x at 0.

Taylor's theorem predicts forward error / h -> f''(0)/2 = 1/2 and
central error / h^2 -> f'''(0)/6 = 1/6 as h -> 0.
"""
import torch

torch.set_default_dtype(torch.float64)
a = torch.tensor(0.0)
exact = torch.exp(a)
for h in [1e-1, 1e-2, 1e-3]:
    forward = (torch.exp(a + h) - torch.exp(a)) / h
    central = (torch.exp(a + h) - torch.exp(a - h)) / (2 * h)
    ratio_forward = (forward - exact) / h
    ratio_central = (central - exact) / h**2
    print(f"h = {h:.0e}  forward error / h = {ratio_forward:.5f}  "
          f"central error / h^2 = {ratio_central:.5f}")
assert torch.isclose(ratio_forward, torch.tensor(1 / 2), rtol=1e-3)
assert torch.isclose(ratio_central, torch.tensor(1 / 6), rtol=1e-3)
print("check: ratios approach 1/2 and 1/6")
