"""Softmax regression on the iris flowers: three logits and CrossEntropyLoss.

Two features (petal length and width, standardized) and three species. The model
nn.Linear(2, 3) outputs one logit per class; nn.CrossEntropyLoss applies the log-softmax
inside. The predicted class is the argmax of the logits, and the plane splits into
three regions whose borders are straight lines. 40% of the flowers are held out as a
test set; the standardization uses the training set's mean and deviation only.
"""
import matplotlib.pyplot as plt
import torch
from sklearn.datasets import load_iris
from sklearn.model_selection import train_test_split
from torch import nn

torch.set_printoptions(precision=3, sci_mode=False)
torch.manual_seed(0)
iris = load_iris()
X_raw, X_test_raw, y, y_test = map(torch.tensor, train_test_split(
    iris.data[:, 2:4].astype("float32"), iris.target, test_size=0.4, random_state=0,
    stratify=iris.target))
mean, std = X_raw.mean(dim=0), X_raw.std(dim=0)
X, X_test = (X_raw - mean) / std, (X_test_raw - mean) / std
K = 3
print("training X:", tuple(X.shape), X.dtype, " y:", tuple(y.shape), y.dtype)
print("test X:", tuple(X_test.shape))
names = [str(name) for name in iris.target_names]
print("classes:", names, " training counts:", torch.bincount(y).tolist())

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

with torch.inference_mode():
    Z = model(X_test)
P = torch.softmax(Z, dim=1)
y_hat = Z.argmax(dim=1)
print("W (classes x features):")
print(model.weight.detach())
print("b:", model.bias.detach())
rows = [int((y_test == k).nonzero()[0]) for k in range(K)]
print("test examples", rows, "(the first of each class), logits:")
print(Z[rows])
print("their probabilities:")
print(P[rows])
print("their predicted / true classes:", y_hat[rows].tolist(), "/", y_test[rows].tolist())
print(f"test accuracy: {(y_hat == y_test).float().mean().item():.3f}")
assert torch.allclose(P.sum(dim=1), torch.ones(len(X_test)))
assert torch.equal(P.argmax(dim=1), y_hat)
print("check: every row of P sums to 1, and argmax of P == argmax of the logits")
assert (model.weight[0] < 0).all() and (model.weight[2] > 0).all()
print("check: setosa's two weights are negative, virginica's two are positive")

g1, g2 = torch.meshgrid(torch.linspace(-2, 2.2, 211), torch.linspace(-2, 2.2, 211),
                        indexing="xy")
grid = torch.stack([g1.flatten(), g2.flatten()], dim=1)
with torch.inference_mode():
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
    plt.scatter(X_test[y_test == k, 0], X_test[y_test == k, 1], s=22, marker=marker,
                facecolors="none", edgecolors=f"C{k}", linewidths=0.9)
plt.xlabel("petal length (standardized)")
plt.ylabel("petal width (standardized)")
plt.legend(loc="upper left")
plt.tight_layout()
plt.show()
