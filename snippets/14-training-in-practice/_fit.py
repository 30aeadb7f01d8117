"""Shared by this chapter's programs: evaluate() and the training loop fit(), which
keeps a deep copy of the weights of the epoch with the lowest validation loss."""
import copy

import torch
from torch import nn
from torch.utils.data import DataLoader

device = "cuda" if torch.cuda.is_available() else "cpu"
loss_fn = nn.MSELoss()


@torch.inference_mode()
def evaluate(model, dataset, batch_size=64):
    model.eval()
    total = 0.0
    for xb, yb in DataLoader(dataset, batch_size=batch_size):
        xb, yb = xb.to(device), yb.to(device)
        total += loss_fn(model(xb), yb).item() * len(xb)
    return total / len(dataset)


def fit(model, optimizer, train_set, val_set, num_epochs=300, batch_size=10, seed=0):
    loader = DataLoader(train_set, batch_size=batch_size, shuffle=True,
                        generator=torch.Generator().manual_seed(seed))
    model.to(device)
    history, best = {"train": [], "val": []}, {"val": float("inf")}
    for epoch in range(1, num_epochs + 1):
        model.train()
        for xb, yb in loader:
            xb, yb = xb.to(device, non_blocking=True), yb.to(device, non_blocking=True)
            optimizer.zero_grad()
            loss_fn(model(xb), yb).backward()
            optimizer.step()
        history["train"].append(evaluate(model, train_set))
        history["val"].append(evaluate(model, val_set))
        if history["val"][-1] < best["val"]:
            best = {"val": history["val"][-1], "epoch": epoch,
                    "state": copy.deepcopy(model.state_dict())}
    return history, best
