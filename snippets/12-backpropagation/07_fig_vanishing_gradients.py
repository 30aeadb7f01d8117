"""Vanishing gradients: gradient size per layer in a deep sigmoid stack vs a ReLU stack.

Two stacks of 20 Linear(64, 64) layers get the very same He-initialized weights and the
same batch; only the activation differs. After one backward pass we measure the norm
of dL/dW for every layer, from the input side (layer 1) to the output side (layer 20).
"""
import matplotlib.pyplot as plt
import torch
from torch import nn

torch.manual_seed(0)
depth, width, N = 20, 64, 256
X = torch.randn(N, width)
y = torch.randn(N, 1)
weights = []
for _ in range(depth):
    W = torch.empty(width, width)
    nn.init.kaiming_normal_(W, nonlinearity="relu")
    weights.append(W)
head = torch.randn(1, width) / width ** 0.5


def sigmoid_slope(z):
    return torch.sigmoid(z) * (1 - torch.sigmoid(z))


def relu_slope(z):
    return (z > 0).float()


def gradient_norms(activation, slope):
    layers = [nn.Linear(width, width) for _ in range(depth)]
    for layer, W in zip(layers, weights):
        with torch.no_grad():
            layer.weight.copy_(W)
            layer.bias.zero_()
    h = X
    slopes = []
    for layer in layers:
        z = layer(h)
        slopes.append(slope(z.detach()))
        h = activation(z)
    loss = nn.functional.mse_loss(h @ head.T, y)
    loss.backward()
    return [layer.weight.grad.norm().item() for layer in layers], torch.stack(slopes)


stacks = {"sigmoid": (torch.sigmoid, sigmoid_slope), "ReLU": (torch.relu, relu_slope)}
fig, ax = plt.subplots(figsize=(6, 4))
for name, (activation, slope) in stacks.items():
    values, slopes = gradient_norms(activation, slope)
    per_layer = (values[0] / values[-1]) ** (1 / (depth - 1))
    print(f"{name}, layer 1: {values[0]:.3e}")
    print(f"{name}, layer {depth}: {values[-1]:.3e}")
    print(f"  geometric-mean ratio of neighbouring layers = {per_layer:.4f}"
          f"   largest activation slope = {slopes.max():.4f}")
    if name == "sigmoid":
        assert slopes.max() <= 0.25 and 0.25 < per_layer < 0.5
        assert values[0] < 1e-10 and values[0] < 1e-9 * values[-1]
        print("  check: every sigmoid slope <= 1/4, layer 1 gets < 1e-9 of layer 20")
    ax.plot(range(1, depth + 1), values, "o-", markersize=4, label=name)
ax.set_yscale("log")
ax.set_xlabel("layer $l$ (1 = next to the input)")
ax.set_ylabel(r"$\Vert \partial\mathcal{L} / \partial W^{[l]} \Vert$")
ax.set_xticks(range(1, depth + 1, 2))
ax.legend()
fig.tight_layout()
plt.show()
