"""DataLoader on the 24 training rows: batch size and drop_last on the apartments (the tensors
a training loop receives), then a seeded shuffle over range(24) (which rows each batch holds)."""
import math
import tempfile

import torch
from torch.utils.data import DataLoader

from _make_csv import write_csv
from _apartments import Apartments

torch.manual_seed(0)
perm = torch.randperm(40, generator=torch.Generator().manual_seed(0)).tolist()
with tempfile.TemporaryDirectory() as folder:
    train_set = Apartments(write_csv(folder), perm[:24])

N, B = len(train_set), 5
for drop_last in (False, True):
    loader = DataLoader(train_set, batch_size=B, drop_last=drop_last)
    sizes = [len(xb) for xb, yb in loader]
    print(f"drop_last={drop_last}: {len(loader)} batches of sizes {sizes}")
    assert len(sizes) == (N // B if drop_last else math.ceil(N / B))
xb, yb = next(iter(loader))
print("one batch: x", tuple(xb.shape), " y", tuple(yb.shape))
assert xb.shape == (B, 5) and yb.shape == (B, 1)

loader = DataLoader(range(N), batch_size=B, shuffle=True,
                    generator=torch.Generator().manual_seed(0))
epoch1 = [b.tolist() for b in loader]
epoch2 = [b.tolist() for b in loader]
print("epoch 1:", epoch1)
print("epoch 2:", epoch2)
again = DataLoader(range(N), batch_size=B, shuffle=True,
                   generator=torch.Generator().manual_seed(0))
assert [b.tolist() for b in again] == epoch1 and epoch1 != epoch2
assert sorted(sum(epoch1, [])) == list(range(N))
print("check: each epoch visits every row once, in a new order;")
print("       a new loader with the same seed repeats the first epoch")
