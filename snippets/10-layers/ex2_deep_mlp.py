"""Exercise 2: an MLP of any depth as an nn.Module subclass with nn.ModuleList.

ReLU goes between the Linear layers but not after the last one, whose outputs are the
scores. For sizes [784, 256, 64, 10] the parameter count is checked against the sum of
n_out * n_in + n_out over the three layers.
"""
import torch
from torch import nn


class DeepMLP(nn.Module):
    def __init__(self, sizes):
        super().__init__()
        pairs = zip(sizes[:-1], sizes[1:])
        self.layers = nn.ModuleList(nn.Linear(a, b) for a, b in pairs)

    def forward(self, x):
        for layer in self.layers[:-1]:
            x = torch.relu(layer(x))
        return self.layers[-1](x)


torch.manual_seed(0)
sizes = [784, 256, 64, 10]
model = DeepMLP(sizes)
print(model)
print("output shape:", tuple(model(torch.randn(5, 784)).shape))

total = sum(p.numel() for p in model.parameters())
by_hand = sum(b * a + b for a, b in zip(sizes[:-1], sizes[1:]))
print("parameters (PyTorch):", total)
print("parameters (by hand):", by_hand)
assert total == by_hand == 218058
print("check: 200960 + 16448 + 650 == 218058")
