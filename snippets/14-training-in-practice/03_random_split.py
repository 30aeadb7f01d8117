"""Splitting one data set into training, validation and test sets.

random_split shuffles the indices 0, ..., N-1 with a seeded generator and cuts them into
pieces of the requested sizes. Each piece is a Subset that remembers its indices.
"""
import torch
from torch.utils.data import TensorDataset, random_split

N = 50
dataset = TensorDataset(torch.arange(N))
train_set, val_set, test_set = random_split(
    dataset, [0.6, 0.2, 0.2], generator=torch.Generator().manual_seed(0))
print("sizes:", len(train_set), len(val_set), len(test_set))
samples = [val_set[i][0].item() for i in range(len(val_set))]
print("val_set.indices:            ", val_set.indices)
print("val_set[0], val_set[1], ...:", samples)
assert samples == val_set.indices
print("check: val_set[i] is dataset[val_set.indices[i]]")

parts = [set(s.indices) for s in (train_set, val_set, test_set)]
assert [len(p) for p in parts] == [30, 10, 10]
assert parts[0].isdisjoint(parts[1]) and parts[0].isdisjoint(parts[2])
assert parts[1].isdisjoint(parts[2])
assert parts[0] | parts[1] | parts[2] == set(range(N))
print("check: the three parts are disjoint and together hold every index once")

same = random_split(dataset, [30, 10, 10], generator=torch.Generator().manual_seed(0))
assert all(a.indices == b.indices for a, b in zip(same, (train_set, val_set, test_set)))
print("check: the same seed (sizes or fractions) gives the same split")
other = random_split(dataset, [30, 10, 10], generator=torch.Generator().manual_seed(1))
assert other[1].indices != val_set.indices
print("check: another seed gives another split")
