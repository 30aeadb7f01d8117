"""Exercise 5: the spread of the sample mean shrinks like sigma / sqrt(N).

For each N, 4000 experiments of N fair-die rolls; the standard deviation of their
4000 sample means is compared with sqrt(35/12) / sqrt(N).
"""
import math

import torch

torch.manual_seed(0)
g = torch.Generator().manual_seed(0)
sigma = math.sqrt(35 / 12)
for N in (1, 4, 16, 64, 256):
    rolls = torch.randint(1, 7, (4000, N), generator=g, dtype=torch.float64)
    spread = rolls.mean(dim=1).std(correction=0).item()
    theory = sigma / math.sqrt(N)
    print(f"N = {N:3d}: std of sample means {spread:.4f}, sigma / sqrt(N) {theory:.4f}")
    assert abs(spread / theory - 1) < 0.05
print("check: std of the sample mean == sigma / sqrt(N) within 5 %")
