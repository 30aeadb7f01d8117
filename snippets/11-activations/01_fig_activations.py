"""Five element-wise activations and their derivatives, taken by autograd.

Each derivative from autograd is checked against its hand-derived formula before it is
drawn. The table gives the smallest and largest value of each function and of its
derivative on the grid z in [-6, 6].
"""
import math

import matplotlib.pyplot as plt
import torch
from torch import nn

alpha = 0.1
activations = {
    "sigmoid": nn.Sigmoid(),
    "tanh": nn.Tanh(),
    "ReLU": nn.ReLU(),
    f"LeakyReLU({alpha})": nn.LeakyReLU(alpha),
    "GELU": nn.GELU(),
}


def hand_derivative(name, z):
    if name == "sigmoid":
        s = 1 / (1 + torch.exp(-z))
        return s * (1 - s)
    if name == "tanh":
        return 1 - torch.tanh(z) ** 2
    if name == "ReLU":
        return (z > 0).float()
    if name.startswith("LeakyReLU"):
        return torch.where(z > 0, 1.0, alpha)
    cdf = 0.5 * (1 + torch.erf(z / math.sqrt(2)))
    pdf = torch.exp(-z**2 / 2) / math.sqrt(2 * math.pi)
    return cdf + z * pdf


z = torch.linspace(-6, 6, 1201, requires_grad=True)
fig, axes = plt.subplots(1, 2, figsize=(9, 3.5))
stats = {}
print(f"{'activation':<15} {'min f':>8} {'max f':>8} {'min df':>8} {'max df':>8}")
for name, f in activations.items():
    z.grad = None
    y = f(z)
    y.sum().backward()
    dy = z.grad.clone()
    assert torch.allclose(dy, hand_derivative(name, z.detach()), atol=1e-6), name
    y = y.detach()
    stats[name] = [v.item() for v in (y.min(), y.max(), dy.min(), dy.max())]
    print(f"{name:<15} {y.min():8.4f} {y.max():8.4f} {dy.min():8.4f} {dy.max():8.4f}")
    style = "--" if name.startswith("Leaky") else "-"
    axes[0].plot(z.detach(), y, style, label=name)
    axes[1].plot(z.detach(), dy, style, label=name)
    if name == "GELU":
        gelu_min_at = z[y.argmin()].item()
print("check: autograd derivative == hand formula for all five")
print(f"GELU is smallest at z = {gelu_min_at:.2f}")
# the table entries the text quotes, at the printed precision
quoted = {("sigmoid", 3): 0.25, ("sigmoid", 2): 0.0025, ("tanh", 3): 1.0,
          ("tanh", 2): 0.0, ("GELU", 0): -0.17, ("GELU", 2): -0.1289, ("GELU", 3): 1.1289}
assert all(round(stats[n][k], 4) == v for (n, k), v in quoted.items())
assert round(gelu_min_at, 2) == -0.75

axes[0].set_ylim(-1.5, 3)
axes[0].set_ylabel("$f(z)$")
axes[1].set_ylabel("$f'(z)$")
for ax in axes:
    ax.set_xlabel("$z$")
    ax.set_xlim(-4, 4)
    ax.axhline(0, color="gray", linewidth=0.5)
    ax.grid(alpha=0.3)
axes[0].legend(fontsize=8)
plt.tight_layout()
plt.show()
