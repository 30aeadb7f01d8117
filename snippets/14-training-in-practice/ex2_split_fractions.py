"""Exercise 2: the sizes random_split gives 50 samples for fractions 0.7, 0.15, 0.15.

floor(50 * 0.7) = 35 and floor(50 * 0.15) = 7 twice add up to 49; the one left over
goes to the first part, so the sizes are 36, 7, 7.
"""
import torch
from torch.utils.data import random_split

parts = random_split(range(50), [0.7, 0.15, 0.15],
                     generator=torch.Generator().manual_seed(0))
sizes = [len(part) for part in parts]
print("sizes:", sizes)
assert sizes == [36, 7, 7]
print("check: 36, 7, 7 as worked out by hand")
