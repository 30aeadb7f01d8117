"""Which layers hold parameters, and what each one does to the shape of a tensor.

A batch of 8 images (1 x 28 x 28) flows through two small chains of layers. For every
layer the table lists its learnable parameters (what an optimizer updates), its buffers
(stored state that is not learned) and the shape going in and coming out.
"""
import torch
from torch import nn

torch.manual_seed(0)
images = torch.randn(8, 1, 28, 28)

chains = {
    "MLP": [
        ("Flatten()", nn.Flatten()),
        ("Linear(784, 128)", nn.Linear(784, 128)),
        ("Sigmoid()", nn.Sigmoid()),
        ("Dropout(p=0.5)", nn.Dropout(p=0.5)),
        ("Linear(128, 10)", nn.Linear(128, 10)),
        ("LogSoftmax(dim=1)", nn.LogSoftmax(dim=1)),
    ],
    "CNN": [
        ("Conv2d(1, 16, 3, padding=1)", nn.Conv2d(1, 16, 3, padding=1)),
        ("BatchNorm2d(16)", nn.BatchNorm2d(16)),
        ("ReLU()", nn.ReLU()),
        ("MaxPool2d(2)", nn.MaxPool2d(2)),
        ("AdaptiveAvgPool2d(1)", nn.AdaptiveAvgPool2d(1)),
        ("Flatten()", nn.Flatten()),
    ],
}


def shape(t):
    return "(" + ", ".join(str(n) for n in t.shape) + ")"


header = f"{'layer':<28} {'params':>7} {'buffers':>7}   {'input':<16}    output"
for index, (name, chain) in enumerate(chains.items()):
    if index > 0:
        print()
    print(f"[{name}]")
    print(header)
    print("-" * len(header))
    x = images
    total = 0
    with torch.no_grad():
        for label, layer in chain:
            n_params = sum(p.numel() for p in layer.parameters())
            n_buffers = sum(b.numel() for b in layer.buffers())
            out = layer(x)
            print(f"{label:<28} {n_params:>7} {n_buffers:>7}   "
                  f"{shape(x):<16} -> {shape(out)}")
            total += n_params
            x = out
    print(f"{'total learnable parameters':<28} {total:>7}")
counts = {label: sum(p.numel() for p in layer.parameters()) for label, layer in chains["MLP"]}
assert counts["Linear(784, 128)"] == 100480 and counts["Linear(128, 10)"] == 1290
