"""Exercise 3: mini-batch gradients average to the full gradient.

At a fixed point (w, b), one shuffled epoch with batch size 10 gives ten different
gradients. Each is a noisy estimate of the full-batch gradient; their average equals it
exactly, because the ten batches split the sum over all N samples into equal parts.
"""
import torch
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
N = 100
x = 2 * torch.rand(N)
y = 2 * x + 1 + 0.3 * torch.randn(N)
w = torch.tensor(0.5, requires_grad=True)
b = torch.tensor(0.0, requires_grad=True)


def gradient(xb, yb):
    w.grad, b.grad = None, None
    ((w * xb + b - yb) ** 2).mean().backward()
    return torch.stack([w.grad, b.grad])


full = gradient(x, y)
print("full-batch gradient (dL/dw, dL/db):", [round(v, 4) for v in full.tolist()])

generator = torch.Generator().manual_seed(0)
dataset = TensorDataset(x, y)
loader = DataLoader(dataset, batch_size=10, shuffle=True, generator=generator)
batch_grads = torch.stack([gradient(xb, yb) for xb, yb in loader])
for i, g in enumerate(batch_grads[:3]):
    print(f"mini-batch {i} gradient:", [round(v, 4) for v in g.tolist()])
print("spread (std) of the 10 mini-batch gradients:",
      [round(v, 4) for v in batch_grads.std(dim=0).tolist()])
print("average of the 10 mini-batch gradients:",
      [round(v, 4) for v in batch_grads.mean(dim=0).tolist()])
assert torch.allclose(batch_grads.mean(dim=0), full, atol=1e-5)
print("check: mean of mini-batch gradients == full-batch gradient")
