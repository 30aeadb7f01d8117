"""Softmax regression on the iris flowers: three logits and CrossEntropyLoss.

Two features (petal length and width, standardized) and three species. The model
nn.Linear(2, 3) outputs one logit per class; nn.CrossEntropyLoss applies the log-softmax
inside. The predicted class is the argmax of the logits, and the plane splits into
three regions whose borders are straight lines.
"""
import matplotlib.pyplot as plt
import torch
from sklearn.datasets import load_iris
from torch import nn

torch.set_printoptions(precision=4, sci_mode=False)
torch.manual_seed(0)
iris = load_iris()
X_raw = torch.tensor(iris.data[:, 2:4], dtype=torch.float32)
X = (X_raw - X_raw.mean(dim=0)) / X_raw.std(dim=0)
y = torch.tensor(iris.target)
K = 3
print("X:", tuple(X.shape), X.dtype, " y:", tuple(y.shape), y.dtype)
names = [str(name) for name in iris.target_names]
print("classes:", names, " counts:", torch.bincount(y).tolist())

model = nn.Linear(2, K)
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.5)
num_epochs = 500
for epoch in range(num_epochs + 1):
    loss = loss_fn(model(X), y)
    if epoch % 100 == 0:
        print(f"epoch {epoch:3d}: cross-entropy = {loss.item():.4f}")
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

with torch.no_grad():
    Z = model(X)
P = torch.softmax(Z, dim=1)
y_hat = Z.argmax(dim=1)
print("W (classes x features):")
print(model.weight.detach())
print("b:", model.bias.detach())
rows = [0, 50, 100]
print("examples", rows, "logits:")
print(Z[rows])
print("their probabilities:")
print(P[rows])
print("their predicted / true classes:", y_hat[rows].tolist(), "/", y[rows].tolist())
print(f"training accuracy: {(y_hat == y).float().mean().item():.4f}")
assert torch.allclose(P.sum(dim=1), torch.ones(len(X)))
assert torch.equal(P.argmax(dim=1), y_hat)
print("check: every row of P sums to 1, and argmax of P == argmax of the logits")

g1, g2 = torch.meshgrid(torch.linspace(-2, 2.2, 211), torch.linspace(-2, 2.2, 211),
                        indexing="xy")
grid = torch.stack([g1.flatten(), g2.flatten()], dim=1)
with torch.no_grad():
    Z_grid = model(grid)
regions = Z_grid.argmax(dim=1).reshape(g1.shape)
plt.figure(figsize=(6, 4))
plt.contourf(g1, g2, regions, levels=[-0.5, 0.5, 1.5, 2.5], colors=["C0", "C1", "C2"],
             alpha=0.25)
for j, k in [(0, 1), (1, 2), (0, 2)]:
    other = 3 - j - k
    gap = Z_grid[:, j] - Z_grid[:, k]
    gap[Z_grid[:, other] > torch.maximum(Z_grid[:, j], Z_grid[:, k])] = float("nan")
    plt.contour(g1, g2, gap.reshape(g1.shape), levels=[0], colors="black", linewidths=1)
for k, marker in zip(range(K), ["o", "s", "^"]):
    plt.scatter(X[y == k, 0], X[y == k, 1], s=16, c=f"C{k}", marker=marker,
                edgecolors="white", linewidths=0.4, label=names[k])
plt.xlabel("petal length (standardized)")
plt.ylabel("petal width (standardized)")
plt.legend(loc="upper left")
plt.tight_layout()
plt.show()
