"""Counting epochs, iterations and samples, and averaging the loss of an epoch.

N = 50 samples in mini-batches of B = 8: one epoch is ceil(50 / 8) = 7 iterations and
the last batch holds 50 - 6 * 8 = 2 samples; drop_last=True keeps the 6 full batches.
"""
# --8<-- [start:count]
import math

import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
N, B, num_epochs = 50, 8, 3
X = torch.randn(N, 1)
y = 3 * X + 1 + 0.1 * torch.randn(N, 1)
dataset = TensorDataset(X, y)

for drop_last in [False, True]:
    model = nn.Linear(1, 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    loader = DataLoader(dataset, batch_size=B, shuffle=True, drop_last=drop_last,
                        generator=torch.Generator().manual_seed(0))
    steps, sizes = 0, []
    for epoch in range(num_epochs):
        sizes = []
        for xb, yb in loader:
            optimizer.zero_grad()
            nn.functional.mse_loss(model(xb), yb).backward()
            optimizer.step()
            steps += 1
            sizes.append(len(xb))
    K = N // B if drop_last else math.ceil(N / B)
    print(f"drop_last={drop_last}: len(loader) = {len(loader)}, batch sizes = {sizes}, "
          f"samples per epoch = {sum(sizes)}, steps in {num_epochs} epochs = {steps}")
    assert len(loader) == K and steps == num_epochs * K
    assert sum(sizes) == (K * B if drop_last else N)
    assert drop_last or sizes[-1] == N - (K - 1) * B
print("check: K = ceil(N/B) (floor with drop_last), steps = epochs * K, "
      "last batch = N - (K-1)B")
# --8<-- [end:count]

model = nn.Linear(1, 1)
with torch.no_grad():
    full = nn.functional.mse_loss(model(X), y).item()
    batch_losses, batch_sizes = [], []
    for xb, yb in DataLoader(dataset, batch_size=B):
        batch_losses.append(nn.functional.mse_loss(model(xb), yb).item())
        batch_sizes.append(len(xb))
naive = sum(batch_losses) / len(batch_losses)
weighted = sum(loss * n for loss, n in zip(batch_losses, batch_sizes)) / N
print(f"loss on all {N} samples:       {full:.4f}")
print(f"plain mean of batch losses:    {naive:.4f}")
print(f"size-weighted mean of batches: {weighted:.4f}")
assert math.isclose(weighted, full, rel_tol=1e-6) and not math.isclose(naive, full)
print("check: the size-weighted mean equals the full loss; the plain mean does not")
