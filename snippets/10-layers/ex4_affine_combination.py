"""Exercise 4: a stack of Linear layers keeps affine combinations; ReLU breaks that.

An affine map f(x) = W x + b satisfies f(a u + (1 - a) v) = a f(u) + (1 - a) f(v) for
every number a. So does any stack of Linear layers. A network with ReLU does not.
"""
import torch
from torch import nn

torch.manual_seed(0)
l1, l2 = nn.Linear(4, 16), nn.Linear(16, 2)
models = {
    "linear stack": nn.Sequential(l1, l2),
    "with ReLU": nn.Sequential(l1, nn.ReLU(), l2),
}
u, v = torch.randn(4), torch.randn(4)

gaps = {name: [] for name in models}
with torch.no_grad():
    for a in (-1.0, 0.3, 2.5):
        for name, f in models.items():
            mix = f(a * u + (1 - a) * v)
            gap = (mix - (a * f(u) + (1 - a) * f(v))).abs().max().item()
            gaps[name].append(gap)
            print(f"a = {a:4.1f}  {name:<12}  max gap = {gap:.4f}")

assert max(gaps["linear stack"]) < 1e-5
assert max(gaps["with ReLU"]) > 1e-3
print("check: the linear stack keeps affine combinations, the ReLU network does not")
