"""Split first, then fit the categories, means and standard deviations on the training rows
only; the validation and test sets are built with the training set's statistics."""
import tempfile

import torch

from _make_csv import write_csv
from _apartments import Apartments

torch.set_printoptions(precision=4)
with tempfile.TemporaryDirectory() as folder:
    path = write_csv(folder)
    perm = torch.randperm(40, generator=torch.Generator().manual_seed(0)).tolist()
    train_idx, val_idx, test_idx = perm[:24], perm[24:32], perm[32:]
    train_set = Apartments(path, train_idx)
    val_set = Apartments(path, val_idx, stats=train_set.stats)
    test_set = Apartments(path, test_idx, stats=train_set.stats)

print("sizes:", len(train_set), len(val_set), len(test_set))
print("training mean (area, age):", train_set.stats["mean"])
print("training std (area, age):", train_set.stats["std"])
print("categories:", train_set.stats["districts"])
x, y = train_set[0]
print("train_set[0] row:", train_set.rows[0])
print("train_set[0] x:", x, " y:", y)
print("number of features d:", x.numel())

k = val_idx.index(7)
print(f"file row 7 (blank area) is val_set[{k}]:", val_set.rows[k])
print(f"val_set[{k}] x:", val_set[k][0])
assert val_set[k][0][0] == 0.0

X = torch.stack([x for x, _ in train_set])
print("training features, std of each column:", X.std(dim=0, correction=0))
assert torch.allclose(X[:, :2].mean(dim=0), torch.zeros(2, dtype=X.dtype), atol=1e-12)
assert torch.allclose(X[:, :2].std(dim=0, correction=0), torch.ones(2, dtype=X.dtype))
assert torch.equal(X[:, 2:].sum(dim=1), torch.ones(24, dtype=X.dtype))
print("check: area and age have mean 0 and std 1 on the training set")
print("check: every one-hot part holds exactly one 1")
