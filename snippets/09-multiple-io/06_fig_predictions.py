"""Predictions of both trained models against the targets, region by region.

Left: bars are the measured yields, markers the predictions of the from-scratch model
(X_std @ W + b) and of nn.Linear(3, 2), both trained on standardized inputs.
Right: the residuals, prediction minus target, of both models.
"""
import matplotlib.pyplot as plt
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)

X = torch.tensor([[73.0, 67.0, 43.0],
                  [91.0, 88.0, 64.0],
                  [87.0, 134.0, 58.0],
                  [102.0, 43.0, 37.0],
                  [69.0, 96.0, 70.0]])
Y = torch.tensor([[56.0, 70.0],
                  [81.0, 101.0],
                  [119.0, 133.0],
                  [22.0, 37.0],
                  [103.0, 119.0]])
X_std = (X - X.mean(dim=0)) / X.std(dim=0, correction=0)


def fit(params, predict, lr=0.1, num_epochs=500):
    optimizer = torch.optim.SGD(params, lr=lr)
    for epoch in range(num_epochs):
        cost = F.mse_loss(predict(X_std), Y)
        optimizer.zero_grad()
        cost.backward()
        optimizer.step()
    with torch.no_grad():
        return predict(X_std)


W = torch.randn(3, 2, requires_grad=True)
b = torch.randn(2, requires_grad=True)
scratch = fit([W, b], lambda inputs: inputs @ W + b)
model = nn.Linear(3, 2)
layer = fit(model.parameters(), model)

fig, (ax_y, ax_r) = plt.subplots(1, 2, figsize=(9, 3.5))
regions = torch.arange(1, 6)
for j, (fruit, color, shift) in enumerate([("apples", "tab:green", -0.2),
                                           ("oranges", "tab:orange", 0.2)]):
    x = regions + shift
    ax_y.bar(x, Y[:, j], width=0.4, color=color, alpha=0.35, label=f"{fruit}: target")
    for ax, values in [(ax_y, scratch[:, j]), (ax_r, scratch[:, j] - Y[:, j])]:
        ax.plot(x, values, "o", color=color, mfc="none", ms=8)
    for ax, values in [(ax_y, layer[:, j]), (ax_r, layer[:, j] - Y[:, j])]:
        ax.plot(x, values, "x", color="black", ms=5)
ax_y.plot([], [], "o", color="gray", mfc="none", label="X_std @ W + b")
ax_y.plot([], [], "x", color="black", label="nn.Linear(3, 2)")
ax_y.set_ylabel("yield (t)")
ax_y.legend(loc="upper left", fontsize=7)
ax_r.axhline(0, color="gray", lw=0.8)
ax_r.set_ylabel("prediction - target (t)")
for ax in (ax_y, ax_r):
    ax.set_xlabel("region")
    ax.set_xticks(regions)
fig.tight_layout()
plt.show()
