"""Shuffling and batch size with DataLoader.

Ten samples, batch size 4: each epoch visits every sample once in a new order, and the
last batch is smaller. A seeded generator makes the order reproducible.
"""
import torch
from torch.utils.data import DataLoader, TensorDataset

x = torch.arange(10.0)
y = 2 * x + 1
dataset = TensorDataset(x, y)


def make_loader(seed):
    generator = torch.Generator().manual_seed(seed)
    return DataLoader(dataset, batch_size=4, shuffle=True, generator=generator)


loader = make_loader(0)
print("batches per epoch:", len(loader))
orders = []
for epoch in range(2):
    seen = []
    for xb, yb in loader:
        print(f"epoch {epoch}: x batch = {xb.tolist()}  y batch = {yb.tolist()}")
        assert torch.equal(yb, 2 * xb + 1)
        seen += xb.tolist()
    orders.append(seen)
    assert sorted(seen) == x.tolist()
print("check: every sample appears exactly once per epoch, paired with its own y")
assert orders[0] != orders[1]
print("check: the order changes from epoch to epoch")

again = [xb.tolist() for xb, _ in make_loader(0)]
assert sum(again, []) == orders[0]
print("check: the same seed gives the same order")
