"""Batch, mini-batch and stochastic gradient descent.

The same line fit, the same learning rate and the same number of epochs; only the batch
size of the DataLoader changes (N, 10, 1). Draws the full-data cost per epoch and after
every update, and the paths on the contour of L(w, b).
"""
import matplotlib.pyplot as plt
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
N = 100
x = 2 * torch.rand(N)
y = 2 * x + 1 + 0.3 * torch.randn(N)
X, Y = x.unsqueeze(1), y.unsqueeze(1)
dataset = TensorDataset(X, Y)
loss_fn = nn.MSELoss()
lr = 0.1
num_epochs = 20


def train(batch_size):
    generator = torch.Generator().manual_seed(0)
    loader = DataLoader(dataset, batch_size=batch_size, shuffle=True,
                        generator=generator)
    model = nn.Linear(1, 1)
    nn.init.constant_(model.weight, 0.0)
    nn.init.constant_(model.bias, 3.0)
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)
    path = [(0.0, 3.0)]
    epoch_costs = [loss_fn(model(X), Y).item()]
    update_costs = epoch_costs[:]
    for epoch in range(num_epochs):
        for xb, yb in loader:
            optimizer.zero_grad()
            loss = loss_fn(model(xb), yb)
            loss.backward()
            optimizer.step()
            path.append((model.weight.item(), model.bias.item()))
            with torch.no_grad():
                update_costs.append(loss_fn(model(X), Y).item())
        epoch_costs.append(update_costs[-1])
    return len(loader), torch.tensor(path), update_costs, epoch_costs


def cost(w, b):
    return ((w * x.unsqueeze(-1) + b - y.unsqueeze(-1)) ** 2).mean(dim=0)


A = torch.stack([x, torch.ones(N)], dim=1)
w_star, b_star = torch.linalg.lstsq(A, y.unsqueeze(1)).solution.squeeze(1)
print(f"minimum cost L*: {cost(w_star, b_star).item():.4f}")

runs = {N: "batch", 10: "mini-batch", 1: "stochastic"}
fig, (ax_epoch, ax_update) = plt.subplots(1, 2, figsize=(9, 3.5))
fig_paths, axes = plt.subplots(1, 3, figsize=(9, 3), sharey=True)
ws, bs = torch.meshgrid(torch.linspace(-0.5, 4.0, 100), torch.linspace(-1.5, 3.5, 100),
                        indexing="ij")
L_grid = cost(ws.reshape(-1), bs.reshape(-1)).reshape(ws.shape)
for (batch_size, name), ax in zip(runs.items(), axes):
    updates, path, update_costs, epoch_costs = train(batch_size)
    print(f"{name:>10} (batch size {batch_size:3d}): {updates:3d} updates per epoch, "
          f"{len(update_costs) - 1:4d} in total")
    print(f"final cost, batch size {batch_size}: {epoch_costs[-1]:.4f}")
    label = f"{name} (B={batch_size})"
    ax_epoch.plot(epoch_costs, ".-", label=label)
    ax_update.plot(update_costs, linewidth=1, label=label)
    ax.contour(ws, bs, L_grid, levels=torch.logspace(-1.1, 1.3, 12), colors="lightgray")
    ax.plot(path[:, 0], path[:, 1], "-", color="C0", linewidth=0.8)
    ax.plot(w_star, b_star, "*", color="C3", markersize=10)
    ax.set_title(label, fontsize=10)
    ax.set_xlabel("$w$")
axes[0].set_ylabel("$b$")
ax_epoch.set_yscale("log")
ax_epoch.set_xlabel("epoch")
ax_epoch.set_ylabel(r"$\mathcal{L}$ (all data)")
ax_epoch.legend(fontsize=8)
ax_update.set_xscale("symlog", linthresh=1)
ax_update.set_yscale("log")
ax_update.set_xlabel("update")
ax_update.set_ylabel(r"$\mathcal{L}$ (all data)")
fig.tight_layout()
fig_paths.tight_layout()
plt.show()
