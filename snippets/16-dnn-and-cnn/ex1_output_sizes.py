"""Exercise 1: output sizes by hand, checked against real layers.

(a) the padding that keeps an 8 x 8 map 8 x 8 for kernel sizes 3, 5 and 7;
(b) a LeNet-style stack on a 28 x 28 image, traced layer by layer.
"""
import torch
from torch import nn

torch.manual_seed(0)


def out_size(n, k, p, s):
    return (n + 2 * p - k) // s + 1


x = torch.zeros(1, 1, 8, 8)
for k in (3, 5, 7):
    p = (k - 1) // 2
    real = nn.Conv2d(1, 1, k, padding=p)(x).shape[-1]
    print(f"k={k}: padding p=(k-1)/2={p} -> output {real}")
    assert real == out_size(8, k, p, 1) == 8

by_hand = [28, 24, 12, 8, 4]
stack = [nn.Conv2d(1, 6, 5), nn.MaxPool2d(2), nn.Conv2d(6, 16, 5), nn.MaxPool2d(2)]
x = torch.zeros(1, 1, 28, 28)
sizes = [x.shape[-1]]
for layer in stack:
    x = layer(x)
    sizes.append(x.shape[-1])
print("LeNet-style sizes (PyTorch):", sizes, " by hand:", by_hand)
print("features after Flatten:", nn.Flatten()(x).shape[1], " by hand: 16 * 4 * 4 = 256")
assert sizes == by_hand and nn.Flatten()(x).shape[1] == 256
print("check: every size == (n + 2p - k) // s + 1")
