"""Check the chapter's formulas against PyTorch.

Batch counts K = ceil(N/B) and floor(N/B), the size-weighted epoch loss, random_split's
sizes from fractions, the SGD weight-decay step, AdamW's first step, and the expectation
of a Dropout layer followed by a linear layer, computed exactly over all masks.
"""
import itertools
import math

import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset, random_split

torch.manual_seed(0)
torch.set_default_dtype(torch.float64)

for N, B in itertools.product(range(1, 31), range(1, 13)):
    data = TensorDataset(torch.arange(N))
    for drop_last in [False, True]:
        sizes = [len(b) for (b,) in DataLoader(data, batch_size=B, drop_last=drop_last)]
        K = N // B if drop_last else math.ceil(N / B)
        expected = [B] * (N // B)
        if not drop_last and N % B:
            expected.append(N - (K - 1) * B)
        assert len(sizes) == K and sizes == expected
print("check: batch sizes for every N <= 30, B <= 12, with and without drop_last")

X, Y = torch.randn(37, 3), torch.randn(37, 1)
model = nn.Linear(3, 1)
with torch.no_grad():
    full = nn.functional.mse_loss(model(X), Y)
    weighted = sum(nn.functional.mse_loss(model(xb), yb) * len(xb)
                   for xb, yb in DataLoader(TensorDataset(X, Y), batch_size=5)) / 37
print(f"epoch loss: full {full:.6f}, size-weighted batches {weighted:.6f}")
assert torch.allclose(full, weighted)
print("check: (1/N) sum_k |B_k| L_k equals the loss on all N samples")

for N, fractions in [(101, [0.8, 0.1, 0.1]), (10, [0.3, 0.3, 0.4]), (7, [0.5, 0.5])]:
    lengths = [math.floor(N * f) for f in fractions]
    for i in range(N - sum(lengths)):
        lengths[i % len(lengths)] += 1
    parts = random_split(range(N), fractions,
                         generator=torch.Generator().manual_seed(0))
    assert [len(p) for p in parts] == lengths
    print(f"random_split of {N} by {fractions}: sizes {lengths}")
print("check: sizes are floor(N f), the remainder handed out one by one from the first")

lr, lam = 0.1, 0.5
W0 = torch.randn(1, 3)
for optimizer_name in ["SGD", "AdamW"]:
    model = nn.Linear(3, 1, bias=False)
    with torch.no_grad():
        model.weight.copy_(W0)
    if optimizer_name == "SGD":
        optimizer = torch.optim.SGD(model.parameters(), lr=lr, weight_decay=lam)
    else:
        optimizer = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=lam)
    loss = nn.functional.mse_loss(model(X), Y)
    loss.backward()
    g = model.weight.grad.clone()
    optimizer.step()
    if optimizer_name == "SGD":
        by_hand = W0 - lr * (g + lam * W0)
        W = W0.clone().requires_grad_()
        penalized = nn.functional.mse_loss(X @ W.T, Y) + lam / 2 * (W**2).sum()
        penalized.backward()
        assert torch.allclose(by_hand, W0 - lr * W.grad)
    else:
        by_hand = (1 - lr * lam) * W0 - lr * g / (g.abs() + 1e-8)
    assert torch.allclose(model.weight.detach(), by_hand)
    print(f"{optimizer_name} step with weight decay: torch == by hand (to rounding)")
print("check: SGD step = theta - lr (grad + lambda theta), "
      "a plain step on J + lambda/2 |theta|^2")
print("check: AdamW first step = (1 - lr lambda) theta - lr g / (|g| + eps)")

p, n = 0.25, 4
dropout, linear = nn.Dropout(p), nn.Linear(n, 2)
h = torch.randn(n)
dropout.train()
for _ in range(100):
    out = dropout(h)
    assert torch.all((out == 0) | torch.isclose(out, h / (1 - p)))
print("check: in train mode every output is 0 or h / (1 - p)")
expectation = torch.zeros(2)
for mask in itertools.product([0.0, 1.0], repeat=n):
    m = torch.tensor(mask)
    probability = (1 - p) ** m.sum() * p ** (n - m.sum())
    expectation += probability * linear(m * h / (1 - p)).detach()
dropout.eval()
evaluated = linear(dropout(h)).detach()
print(f"exact mean over all {2**n} masks: "
      f"[{expectation[0]:.6f}, {expectation[1]:.6f}]")
print(f"eval-mode output:                [{evaluated[0]:.6f}, {evaluated[1]:.6f}]")
assert torch.allclose(expectation, evaluated)
print("check: E[linear(dropout(h))] over the masks equals the eval-mode output")
