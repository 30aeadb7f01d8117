"""Decision boundaries of a linear model and of a small MLP on the same two moons.

Both models output one logit and are trained the same way with BCEWithLogitsLoss. The
background shows p = sigmoid(z) over the plane, the black curve is p = 0.5 (z = 0). The
linear model can only draw a straight line; the hidden ReLU layers let the MLP bend it.
Both are trained on the same training set and scored on the held-out test set.
"""
import matplotlib.pyplot as plt
import torch
from sklearn.datasets import make_moons
from sklearn.model_selection import train_test_split
from torch import nn

torch.manual_seed(0)
X_np, y_np = make_moons(n_samples=200, noise=0.2, random_state=0)
X, X_test, y, y_test = train_test_split(X_np, y_np, test_size=0.25, random_state=0,
                                        stratify=y_np)
X, X_test = (torch.tensor(a, dtype=torch.float32) for a in (X, X_test))
y, y_test = (torch.tensor(a, dtype=torch.float32).unsqueeze(1) for a in (y, y_test))

models = {
    "linear": nn.Linear(2, 1),
    "MLP": nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 16), nn.ReLU(),
                         nn.Linear(16, 1)),
}
loss_fn = nn.BCEWithLogitsLoss()
num_epochs = 500
for name, model in models.items():
    optimizer = torch.optim.SGD(model.parameters(), lr=0.5)
    for epoch in range(num_epochs + 1):
        loss = loss_fn(model(X), y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    with torch.inference_mode():
        z, z_test = model(X), model(X_test)
    train_acc = ((z >= 0).float() == y).float().mean().item()
    test_acc = ((z_test >= 0).float() == y_test).float().mean().item()
    print(f"{name} training BCE: {loss_fn(z, y).item():.3f}")
    print(f"{name} test BCE: {loss_fn(z_test, y_test).item():.3f}")
    print(f"{name} training accuracy: {train_acc:.3f}")
    print(f"{name} test accuracy: {test_acc:.3f}")

g1, g2 = torch.meshgrid(torch.linspace(-2, 3, 201), torch.linspace(-1.5, 2, 141),
                        indexing="xy")
grid = torch.stack([g1.flatten(), g2.flatten()], dim=1)
fig, axes = plt.subplots(1, 2, figsize=(9, 3.5), sharey=True, layout="constrained")
for ax, (name, model) in zip(axes, models.items()):
    with torch.inference_mode():
        p = torch.sigmoid(model(grid)).reshape(g1.shape)
    filled = ax.contourf(g1, g2, p, levels=torch.linspace(0, 1, 11).tolist(),
                         cmap="RdBu_r", alpha=0.6)
    ax.contour(g1, g2, p, levels=[0.5], colors="black", linewidths=1.5)
    ax.scatter(X[y[:, 0] == 0, 0], X[y[:, 0] == 0, 1], s=14, c="C0", marker="o",
               edgecolors="white", linewidths=0.4, label="$y = 0$")
    ax.scatter(X[y[:, 0] == 1, 0], X[y[:, 0] == 1, 1], s=14, c="C3", marker="s",
               edgecolors="white", linewidths=0.4, label="$y = 1$")
    for k, marker in [(0, "o"), (1, "s")]:
        ax.scatter(X_test[y_test[:, 0] == k, 0], X_test[y_test[:, 0] == k, 1], s=22,
                   marker=marker, facecolors="none", edgecolors="black", linewidths=0.8,
                   label="test" if k == 0 else None)
    ax.set_title(name)
    ax.set_xlim(-2, 3)
    ax.set_ylim(-1.5, 2)
    ax.set_xlabel("$x_1$")
(w1, w2), b = models["linear"].weight[0].tolist(), models["linear"].bias.item()
x1 = torch.tensor([-2.0, 3.0])
axes[0].plot(x1, -(w1 * x1 + b) / w2, "--", color="gold", linewidth=1.5,
             label=r"$w^\top x + b = 0$")
axes[0].set_ylabel("$x_2$")
axes[0].legend(loc="lower left")
fig.colorbar(filled, ax=axes, label=r"$p = \sigma(z)$")
plt.show()
