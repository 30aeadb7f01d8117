"""Exercise 2: the leading error terms of the two differences, for f(x) = e^x at 0.

Taylor's theorem predicts forward error / h -> f''(0)/2 = 1/2 and
central error / h^2 -> f'''(0)/6 = 1/6 as h -> 0.
"""
import math

for h in [1e-1, 1e-2, 1e-3]:
    forward = (math.exp(h) - 1.0) / h
    central = (math.exp(h) - math.exp(-h)) / (2 * h)
    ratio_forward = (forward - 1.0) / h
    ratio_central = (central - 1.0) / h**2
    print(f"h = {h:.0e}  forward error / h = {ratio_forward:.5f}  "
          f"central error / h^2 = {ratio_central:.5f}")
assert math.isclose(ratio_forward, 1 / 2, rel_tol=1e-3)
assert math.isclose(ratio_central, 1 / 6, rel_tol=1e-3)
print("check: ratios approach 1/2 and 1/6")
