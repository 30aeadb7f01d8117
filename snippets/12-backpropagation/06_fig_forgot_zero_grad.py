"""The gradient-accumulation trap: a training loop that forgets zero_grad().

The same linear regression is trained twice from the same start. Without zero_grad(),
each step moves along the sum of every gradient seen so far, so the parameters overshoot
and the loss oscillates instead of settling.
"""
import matplotlib.pyplot as plt
import torch
from torch import nn

torch.manual_seed(0)
x = torch.rand(64, 1) * 2
y = 3 * x - 1 + 0.2 * torch.randn(64, 1)
num_epochs = 60
lr = 0.1


def train(reset_gradients):
    torch.manual_seed(1)
    model = nn.Linear(1, 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)
    losses = []
    for _ in range(num_epochs):
        loss = nn.functional.mse_loss(model(x), y)
        losses.append(loss.item())
        if reset_gradients:
            optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return losses, model


runs = {"with zero_grad()": True, "without zero_grad()": False}
fig, ax = plt.subplots(figsize=(6, 4))
for label, reset in runs.items():
    losses, model = train(reset)
    w, b = model.weight.item(), model.bias.item()
    print(f"{label:<20} loss after {num_epochs} epochs = {losses[-1]:.4f}"
          f"  (w = {w:.4f}, b = {b:.4f})")
    ax.plot(losses, label=label)
ax.set_yscale("log")
ax.set_xlabel("epoch")
ax.set_ylabel(r"$\mathcal{L}$ (MSE)")
ax.legend()
fig.tight_layout()
plt.show()
