"""Vanishing gradients: how the first layer's gradient changes as the network gets deeper.

For each depth L = 1..30 a stack of L Linear(64, 64) layers, each followed by the same
activation, ends in Linear(64, 1). All use the same initialization, weights drawn from
N(0, 2/n) and zero biases, and the same batch. We measure the gradient of the loss with
respect to the first layer's weights after one backward pass.
"""
import math

import matplotlib.pyplot as plt
import torch
from torch import nn

width, max_depth = 64, 30
torch.manual_seed(0)
X = torch.randn(128, width)
y = torch.randn(128, 1)


def first_layer_grad(activation, depth):
    torch.manual_seed(1)
    layers = []
    for _ in range(depth):
        linear = nn.Linear(width, width)
        nn.init.normal_(linear.weight, std=math.sqrt(2 / width))
        nn.init.zeros_(linear.bias)
        layers += [linear, activation()]
    model = nn.Sequential(*layers, nn.Linear(width, 1))
    loss = ((model(X) - y) ** 2).mean()
    loss.backward()
    return model[0].weight.grad.norm().item()


depths = range(1, max_depth + 1)
plt.figure(figsize=(6, 4))
for activation in (nn.Sigmoid, nn.Tanh, nn.ReLU):
    norms = [first_layer_grad(activation, L) for L in depths]
    factor = (norms[-1] / norms[0]) ** (1 / (max_depth - 1))
    print(f"{activation.__name__:<8} |dL/dW_1| at L = 1: {norms[0]:.2e}  "
          f"L = 10: {norms[9]:.2e}  L = 30: {norms[-1]:.2e}  per layer: {factor:.3f}")
    if activation is nn.Sigmoid:
        sigmoid_factor = factor
    plt.semilogy(depths, norms, "o-", markersize=3, label=activation.__name__)

bound = math.sqrt(2 * 0.25**2)
assert sigmoid_factor < bound
print(f"check: sigmoid's factor per layer < sqrt(2 * (1/4)^2) = {bound:.3f}")

plt.xlabel("depth $L$ (hidden layers)")
plt.ylabel(r"$\Vert \partial \mathcal{L} / \partial W_1 \Vert$")
plt.legend()
plt.grid(alpha=0.3, which="both")
plt.tight_layout()
plt.show()
