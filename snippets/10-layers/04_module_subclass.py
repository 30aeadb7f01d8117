"""Writing a model as an nn.Module subclass, and how it finds its parameters.

Layers assigned as attributes in __init__ are registered automatically; forward says how
they are composed. Layers hidden in a plain Python list are not registered, so an
optimizer would never see them. nn.ModuleList fixes that.
"""
# --8<-- [start:mlp]
import torch
from torch import nn


class MLP(nn.Module):
    def __init__(self, n_in, n_hidden, n_out):
        super().__init__()
        self.fc1 = nn.Linear(n_in, n_hidden)
        self.fc2 = nn.Linear(n_hidden, n_out)

    def forward(self, x):
        h = torch.relu(self.fc1(x))
        return self.fc2(h)


torch.manual_seed(0)
model = MLP(784, 128, 10)
print(model)
for name, p in model.named_parameters():
    print(f"  {name:<11} shape {tuple(p.shape)}")
print("output shape:", tuple(model(torch.randn(4, 784)).shape))
# --8<-- [end:mlp]


# --8<-- [start:registration]
class PlainList(nn.Module):
    def __init__(self, sizes):
        super().__init__()
        self.layers = [nn.Linear(a, b) for a, b in zip(sizes[:-1], sizes[1:])]


class WithModuleList(nn.Module):
    def __init__(self, sizes):
        super().__init__()
        pairs = zip(sizes[:-1], sizes[1:])
        self.layers = nn.ModuleList(nn.Linear(a, b) for a, b in pairs)


sizes = [784, 128, 10]
for cls in (PlainList, WithModuleList):
    count = sum(p.numel() for p in cls(sizes).parameters())
    print(f"{cls.__name__:<15} registered parameters: {count}")
# --8<-- [end:registration]
