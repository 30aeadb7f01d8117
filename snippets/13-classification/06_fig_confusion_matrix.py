"""The confusion matrix of the iris softmax regression, computed with torch.

The model of the previous snippet is trained again the same way. Entry C[j, k] counts
the examples of true class j that were predicted as class k: the diagonal holds the
correct predictions, every off-diagonal cell is one kind of mistake.
"""
import math

import matplotlib.pyplot as plt
import torch
from sklearn.datasets import load_iris
from torch import nn

torch.manual_seed(0)
iris = load_iris()
X_raw = torch.tensor(iris.data[:, 2:4], dtype=torch.float32)
X = (X_raw - X_raw.mean(dim=0)) / X_raw.std(dim=0)
y = torch.tensor(iris.target)
names = [str(name) for name in iris.target_names]
N, K = len(y), 3

model = nn.Linear(2, K)
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.5)
num_epochs = 500
for epoch in range(num_epochs + 1):
    loss = loss_fn(model(X), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
with torch.no_grad():
    Z = model(X)
y_hat = Z.argmax(dim=1)

C = torch.bincount(K * y + y_hat, minlength=K * K).reshape(K, K)
print("confusion matrix C (rows: true class, columns: predicted class):")
print(C)
C_loop = torch.zeros(K, K, dtype=torch.int64)
for true, pred in zip(y.tolist(), y_hat.tolist()):
    C_loop[true, pred] += 1
assert torch.equal(C, C_loop)
print("check: bincount of K * y + y_hat == counting the pairs one by one")

accuracy = (y_hat == y).float().mean()
print(f"accuracy = trace(C) / N = {C.trace().item()} / {N} = {accuracy.item():.4f}")
assert torch.isclose(C.trace() / N, accuracy)
assert torch.equal(C.sum(dim=1), torch.bincount(y, minlength=K))
assert torch.equal(C.sum(dim=0), torch.bincount(y_hat, minlength=K))
print("check: trace / N == accuracy; row sums == true counts; "
      "column sums == predicted counts")
error = 1 - accuracy
bound = loss_fn(Z, y) / math.log(2)
print(f"error rate = {error.item():.4f} <= cross-entropy / log 2 = {bound.item():.4f}")
assert error <= bound
recall = C.diag() / C.sum(dim=1)
precision = C.diag() / C.sum(dim=0)
for k in range(K):
    print(f"{names[k]:>10}: recall = {recall[k]:.4f}, precision = {precision[k]:.4f}")

fig, ax = plt.subplots(figsize=(6, 4))
image = ax.imshow(C, cmap="Blues")
for j in range(K):
    for k in range(K):
        color = "white" if C[j, k] > C.max() / 2 else "black"
        ax.text(k, j, str(C[j, k].item()), ha="center", va="center", color=color,
                fontsize=14)
ax.set_xticks(range(K), names)
ax.set_yticks(range(K), names)
ax.set_xlabel("predicted class")
ax.set_ylabel("true class")
fig.colorbar(image, ax=ax, label="count")
fig.tight_layout()
plt.show()
