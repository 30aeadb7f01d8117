"""A custom collate_fn: pad examples of different lengths into one batch.

The default collate stacks tensors, so every example must have the same shape. Words
of different lengths need padding to the longest word of the batch, plus the lengths.
"""
import torch
from torch.utils.data import DataLoader
from torch.utils.data.dataloader import default_collate

words = ["north", "centre", "south", "flat", "garden", "lift", "balcony"]
dataset = [(torch.tensor(list(w.encode())), len(w)) for w in words]
print("example 0:", dataset[0])

try:
    default_collate(dataset[:2])
except RuntimeError as error:
    print("default_collate on lengths 5 and 6:", type(error).__name__)


def pad_collate(batch):
    codes, lengths = zip(*batch)
    padded = torch.zeros(len(batch), max(lengths), dtype=torch.long)
    for row, seq in enumerate(codes):
        padded[row, :len(seq)] = seq
    return padded, torch.tensor(lengths)


loader = DataLoader(dataset, batch_size=3, collate_fn=pad_collate)
shapes = []
for padded, lengths in loader:
    shapes.append(tuple(padded.shape))
    print("batch", tuple(padded.shape), "lengths", lengths.tolist())
    for row, n in enumerate(lengths.tolist()):
        assert bytes(padded[row, :n].tolist()).decode() in words
        assert padded[row, n:].eq(0).all()
    assert padded.shape == (len(lengths), max(lengths))
assert shapes == [(3, 6), (3, 6), (1, 7)]
print("check: each row is one word followed by zeros, padded to the longest")
