"""Convolution arithmetic: the output size (n + 2p - k) / s + 1, checked layer by layer.

A batch of digits flows through the chapter's CNN. For every Conv2d and MaxPool2d the
size predicted by the formula (rounded down) is compared with the real output shape.
"""
import torch
from sklearn.datasets import load_digits
from torch import nn


def out_size(n, k, p, s):
    return (n + 2 * p - k) // s + 1


torch.manual_seed(0)
model = nn.Sequential(
    nn.Conv2d(1, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(),
    nn.AdaptiveAvgPool2d(2),
    nn.Flatten(),
    nn.Dropout(0.2),
    nn.Linear(32 * 2 * 2, 10),
)
digits = load_digits()
x = torch.tensor(digits.images[:5, None] / 16.0, dtype=torch.float32)

print(f"{'layer':<18} {'input':<16}    {'output':<16} formula")
with torch.no_grad():
    for layer in model:
        y = layer(x)
        note = ""
        if isinstance(layer, (nn.Conv2d, nn.MaxPool2d)):
            k, p, s = (v if isinstance(v, int) else v[0]
                       for v in (layer.kernel_size, layer.padding, layer.stride))
            n = x.shape[-1]
            predicted = out_size(n, k, p, s)
            note = f"({n} + 2*{p} - {k}) // {s} + 1 = {predicted}"
            assert y.shape[-2:] == (predicted, predicted)
        row = (f"{type(layer).__name__:<18} {str(tuple(x.shape)):<16} -> "
               f"{str(tuple(y.shape)):<16} {note}")
        print(row.rstrip())
        x = y
assert model[-1].in_features == 32 * 2 * 2 == 128  # the features Dropout sees
print("check: every Conv2d/MaxPool2d output size == (n + 2p - k) // s + 1")

image = torch.zeros(1, 1, 8, 8)
for k, p, s in [(3, 0, 1), (5, 0, 1), (3, 1, 2), (4, 1, 2), (8, 0, 1)]:
    real = nn.Conv2d(1, 1, k, stride=s, padding=p)(image).shape[-1]
    exact = (8 + 2 * p - k) / s + 1
    print(f"n=8 k={k} p={p} s={s}: (n + 2p - k)/s + 1 = {exact:.1f}"
          f"  -> floor {out_size(8, k, p, s)}  Conv2d gives {real}")
    assert real == out_size(8, k, p, s)
print("check: fractional results are rounded down")
