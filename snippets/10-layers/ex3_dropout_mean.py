"""Exercise 3: inverted dropout keeps the expected value of every activation.

Each entry survives with probability 1 - p and is then multiplied by 1 / (1 - p), so its
expected value is (1 - p) * x / (1 - p) = x. Averaging many dropped entries of a vector
of ones shows it; without the rescaling the average would be 1 - p.
"""
import torch
from torch import nn

torch.manual_seed(0)
p = 0.25
dropout = nn.Dropout(p)
x = torch.ones(200_000)

dropout.train()
out = dropout(x)
print(f"fraction of zeros (expected p = {p}): {(out == 0).float().mean():.4f}")
print(f"value of a kept entry (1/(1-p)):       {out.max():.4f}")
print(f"mean with rescaling (expected 1):      {out.mean():.4f}")
print(f"mean without rescaling (1 - p):        {(out * (1 - p)).mean():.4f}")
assert abs(out.mean().item() - 1.0) < 0.01

dropout.eval()
assert torch.equal(dropout(x), x)
print("check: mean stays about 1 in train mode; eval mode returns x unchanged")
