"""Shared by this chapter's programs: one seeded training loop and a prediction helper.

The loop runs on a GPU when there is one and on the CPU otherwise; the book runs on CPU.
"""
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.use_deterministic_algorithms(True)
torch.set_num_threads(1)
device = "cuda" if torch.cuda.is_available() else "cpu"


def train(model, X, y, num_epochs=15, after_epoch=None):
    loader = DataLoader(TensorDataset(X, y), batch_size=64, shuffle=True,
                        drop_last=True, generator=torch.Generator().manual_seed(0))
    model.to(device)
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-3)
    loss_fn = nn.CrossEntropyLoss()
    for epoch in range(1, num_epochs + 1):
        model.train()
        total = torch.zeros((), device=device)
        for xb, yb in loader:
            xb, yb = xb.to(device, non_blocking=True), yb.to(device, non_blocking=True)
            loss = loss_fn(model(xb), yb)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            total += loss.detach()
        if after_epoch is not None:
            after_epoch(epoch, total.item() / len(loader))
    return model.eval()


@torch.inference_mode()
def predict(model, X):
    model.eval()
    return model(X.to(device)).argmax(dim=1).cpu()
