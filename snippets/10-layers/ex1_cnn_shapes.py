"""Exercise 1: shapes and parameter counts of a small CNN, by hand and by PyTorch.

Input: a batch of one 3 x 32 x 32 image. Conv2d(3, 8, 3) has no padding, so 32 -> 30,
and MaxPool2d(2) halves 30 -> 15.
"""
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Conv2d(3, 8, 3),
    nn.BatchNorm2d(8),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Flatten(),
    nn.Linear(8 * 15 * 15, 10),
)
x = torch.randn(1, 3, 32, 32)
with torch.no_grad():
    for layer in model:
        y = layer(x)
        n_params = sum(p.numel() for p in layer.parameters())
        print(f"{type(layer).__name__:<12} {n_params:>6}   "
              f"{str(tuple(x.shape)):<16} -> {tuple(y.shape)}")
        x = y

by_hand = (8 * 3 * 3 * 3 + 8) + 2 * 8 + (8 * 15 * 15 * 10 + 10)
total = sum(p.numel() for p in model.parameters())
print("total parameters (PyTorch):", total)
print("total parameters (by hand):", by_hand)
assert total == by_hand == 18250
print("check: 224 + 16 + 18010 == 18250")
