"""Vanishing gradients: how the first layer's gradient changes as the network gets deeper.

For each depth L = 1..30 a stack of L Linear(64, 64) layers, each followed by the same
activation, ends in Linear(64, 1). Weights are drawn from N(0, 2/n) (He initialization)
with zero biases, and every model sees the same batch. We measure the gradient of the
loss with respect to the first layer's weights after one backward pass. The last curve
gives tanh the variance 1/n of Xavier (Glorot) initialization instead.
"""
import math

import matplotlib.pyplot as plt
import torch
from torch import nn

width, max_depth = 64, 30
torch.manual_seed(0)
X = torch.randn(128, width)
y = torch.randn(128, 1)


def first_layer_grad(activation, depth, variance):
    torch.manual_seed(1)
    layers = []
    for _ in range(depth):
        linear = nn.Linear(width, width)
        nn.init.normal_(linear.weight, std=math.sqrt(variance))
        nn.init.zeros_(linear.bias)
        layers += [linear, activation()]
    model = nn.Sequential(*layers, nn.Linear(width, 1))
    loss = ((model(X) - y) ** 2).mean()
    loss.backward()
    return model[0].weight.grad.norm().item()


runs = {"sigmoid, He": (nn.Sigmoid, 2 / width), "tanh, He": (nn.Tanh, 2 / width),
        "ReLU, He": (nn.ReLU, 2 / width), "tanh, Xavier": (nn.Tanh, 1 / width)}
depths = range(1, max_depth + 1)
factors = {}
plt.figure(figsize=(6, 4))
for name, (activation, variance) in runs.items():
    norms = [first_layer_grad(activation, L, variance) for L in depths]
    factors[name] = (norms[-1] / norms[0]) ** (1 / (max_depth - 1))
    print(f"{name} at L = 1: {norms[0]:.2e}")
    print(f"{name} at L = 30: {norms[-1]:.2e}")
    print(f"{name} factor per layer: {factors[name]:.3f}")
    if name == "sigmoid, He":
        assert norms[-1] < 1e-14 * norms[0]  # more than 14 orders of magnitude
    style = "--" if name.endswith("Xavier") else "o-"
    plt.semilogy(depths, norms, style, markersize=3, label=name)

bound = math.sqrt(2 * 0.25**2)
assert factors["sigmoid, He"] < bound
assert 1 < factors["tanh, He"] < math.sqrt(2) and factors["tanh, Xavier"] < 1
print(f"check: sigmoid's factor < sqrt(2 (1/4)^2) = {bound:.3f}; tanh's under He lies")
print("       between 1 and sqrt(2), under Xavier below 1")

plt.xlabel("depth $L$ (hidden layers)")
plt.ylabel(r"$\Vert \partial \mathcal{L} / \partial W^{[1]} \Vert$")
plt.legend()
plt.grid(alpha=0.3, which="both")
plt.tight_layout()
plt.show()
