"""How the scale of the initial weights carries a signal through deep ReLU layers.

nn.Linear's default draws weights from U(-1/sqrt(n), 1/sqrt(n)), variance 1/(3n), and
then the mean square of the pre-activations shrinks by 1/6 per ReLU layer. He
initialization (variance 2/n) keeps it constant.
"""
import math

import torch
from torch import nn

torch.manual_seed(0)
n, depth = 512, 8
weight = nn.Linear(n, n).weight.detach()
print(f"default init: max |w| = {weight.abs().max():.5f}, "
      f"bound 1/sqrt(n) = {1 / math.sqrt(n):.5f}")
print(f"default init: variance {weight.var():.3e}, 1/(3n) = {1 / (3 * n):.3e}")
assert weight.abs().max() <= 1 / math.sqrt(n)
assert math.isclose(weight.var().item(), 1 / (3 * n), rel_tol=0.02)

x = torch.randn(500, n)
for name, factor in [("default", 1 / 6), ("He", 1.0)]:
    h, mean_squares = x, []
    with torch.no_grad():
        for layer_index in range(depth):
            layer = nn.Linear(n, n, bias=False)
            if name == "He":
                nn.init.kaiming_normal_(layer.weight, nonlinearity="relu")
            z = layer(h)
            mean_squares.append(z.pow(2).mean().item())
            h = torch.relu(z)
    ratios = [b / a for a, b in zip(mean_squares, mean_squares[1:])]
    print(f"{name:7s} mean of z^2 per layer:", [f"{m:.2e}" for m in mean_squares])
    print(f"{name:7s} ratio layer to layer: ", [f"{r:.3f}" for r in ratios])
    average = (mean_squares[-1] / mean_squares[0]) ** (1 / (depth - 1))
    print(f"{name:7s} average ratio: {average:.3f}")
    assert math.isclose(average, factor, rel_tol=0.1)
    assert all(math.isclose(r, factor, rel_tol=0.25) for r in ratios)
print("check: the ratio is n v / 2, that is 1/6 for the default and 1 for He")
