"""Exercise 1: iterations of 10 epochs over N = 1000 samples in batches of B = 64.

By hand: 1000 = 15 * 64 + 40, so an epoch has 16 batches (the last holds 40 samples),
or 15 with drop_last=True, which leaves 40 samples out of every epoch.
"""
import math

import torch
from torch.utils.data import DataLoader, TensorDataset

N, B, num_epochs = 1000, 64, 10
dataset = TensorDataset(torch.arange(N))
for drop_last in [False, True]:
    loader = DataLoader(dataset, batch_size=B, shuffle=True, drop_last=drop_last,
                        generator=torch.Generator().manual_seed(0))
    steps, seen = 0, 0
    for epoch in range(num_epochs):
        for (xb,) in loader:
            steps += 1
            seen += len(xb)
    print(f"drop_last={drop_last}: {len(loader)} batches per epoch, {steps} steps, "
          f"{seen // num_epochs} samples used per epoch")
    K = N // B if drop_last else math.ceil(N / B)
    assert (K, steps) == ((15, 150) if drop_last else (16, 160))
    assert seen // num_epochs == (15 * 64 if drop_last else N)
print("check: 16 and 15 batches per epoch, 160 and 150 steps, 40 samples left out")
