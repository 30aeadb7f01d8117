"""Shared pieces of chapter 13: noisy sine data, an over-sized MLP, a training loop.

Imported by the chapter's snippets (`from _sine import ...`); not meant to be run alone.
"""
# --8<-- [start:data]
import copy

import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset, random_split

NOISE_STD = 0.3


def make_splits(n=100, seed=0):
    generator = torch.Generator().manual_seed(seed)
    x = torch.rand(n, 1, generator=generator) * 6 - 3
    y = torch.sin(x) + NOISE_STD * torch.randn(n, 1, generator=generator)
    return random_split(TensorDataset(x, y), [0.2, 0.4, 0.4], generator=generator)


def stack(dataset):
    return next(iter(DataLoader(dataset, batch_size=len(dataset))))
# --8<-- [end:data]


# --8<-- [start:model]
def make_mlp(p=0.0, width=256):
    return nn.Sequential(
        nn.Linear(1, width), nn.Tanh(), nn.Dropout(p),
        nn.Linear(width, width), nn.Tanh(), nn.Dropout(p),
        nn.Linear(width, 1),
    )
# --8<-- [end:model]


# --8<-- [start:loop]
loss_fn = nn.MSELoss()


def evaluate(model, dataset, batch_size=64):
    model.eval()
    total = 0.0
    with torch.no_grad():
        for xb, yb in DataLoader(dataset, batch_size=batch_size):
            total += loss_fn(model(xb), yb).item() * len(xb)
    return total / len(dataset)


def fit(model, optimizer, train_set, val_set, num_epochs=300, batch_size=10, seed=0):
    generator = torch.Generator().manual_seed(seed)
    loader = DataLoader(train_set, batch_size=batch_size, shuffle=True,
                        generator=generator)
    history = {"train": [], "val": []}
    best = {"val": float("inf")}
    for epoch in range(1, num_epochs + 1):
        model.train()
        for xb, yb in loader:
            optimizer.zero_grad()
            loss = loss_fn(model(xb), yb)
            loss.backward()
            optimizer.step()
        history["train"].append(evaluate(model, train_set))
        history["val"].append(evaluate(model, val_set))
        if history["val"][-1] < best["val"]:
            best = {"val": history["val"][-1], "epoch": epoch,
                    "state": copy.deepcopy(model.state_dict())}
    return history, best
# --8<-- [end:loop]
