"""The same three layers drawn as a function of one input, without and with ReLU.

Without an activation the 1 -> 16 -> 16 -> 1 network is a straight line however many
layers it has; with ReLU between the layers it becomes a bent, piecewise linear curve.
"""
import matplotlib.pyplot as plt
import torch
from torch import nn

torch.manual_seed(1)
l1, l2, l3 = nn.Linear(1, 16), nn.Linear(16, 16), nn.Linear(16, 1)
linear_only = nn.Sequential(l1, l2, l3)
with_relu = nn.Sequential(l1, nn.ReLU(), l2, nn.ReLU(), l3)

x = torch.linspace(-3, 3, 601).unsqueeze(1)
with torch.no_grad():
    y_linear = linear_only(x)
    y_relu = with_relu(x)

fig, axes = plt.subplots(1, 2, figsize=(9, 3.5))
axes[0].plot(x, y_linear, color="C0")
axes[0].set_title("Linear, Linear, Linear")
axes[1].plot(x, y_relu, color="C3")
axes[1].set_title("Linear, ReLU, Linear, ReLU, Linear")
for ax in axes:
    ax.set_xlabel("$x$")
    ax.set_ylabel("$f(x)$")
    ax.grid(alpha=0.3)
plt.tight_layout()
plt.show()
