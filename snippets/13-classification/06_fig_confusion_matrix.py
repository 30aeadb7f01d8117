"""The confusion matrix of the iris softmax regression, computed with torch.

The model of the previous snippet is trained again the same way and scored on the same
held-out test set. Entry C[j, k] counts the test examples of true class j that were
predicted as class k: the diagonal holds the
correct predictions, every off-diagonal cell is one kind of mistake.
"""
import math

import matplotlib.pyplot as plt
import torch
from sklearn.datasets import load_iris
from sklearn.model_selection import train_test_split
from torch import nn

torch.manual_seed(0)
iris = load_iris()
X_raw, X_test_raw, y, y_test = map(torch.tensor, train_test_split(
    iris.data[:, 2:4].astype("float32"), iris.target, test_size=0.4, random_state=0,
    stratify=iris.target))
mean, std = X_raw.mean(dim=0), X_raw.std(dim=0)
X, X_test = (X_raw - mean) / std, (X_test_raw - mean) / std
names = [str(name) for name in iris.target_names]
N, K = len(y_test), 3

model = nn.Linear(2, K)
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.5)
num_epochs = 500
for epoch in range(num_epochs + 1):
    loss = loss_fn(model(X), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
with torch.inference_mode():
    Z = model(X_test)
y_hat = Z.argmax(dim=1)
y = y_test

C = torch.bincount(K * y + y_hat, minlength=K * K).reshape(K, K)
print("confusion matrix C (rows: true class, columns: predicted class):")
print(C)
C_loop = torch.zeros(K, K, dtype=torch.int64)
for true, pred in zip(y.tolist(), y_hat.tolist()):
    C_loop[true, pred] += 1
assert torch.equal(C, C_loop)
print("check: bincount of K * y + y_hat == counting the pairs one by one")

accuracy = (y_hat == y).float().mean()
print(f"correct test examples: {C.trace().item()}")
print(f"test accuracy = trace(C) / N = {C.trace().item()} / {N} = {accuracy.item():.3f}")
assert torch.isclose(C.trace() / N, accuracy)
assert torch.equal(C.sum(dim=1), torch.bincount(y, minlength=K))
assert torch.equal(C.sum(dim=0), torch.bincount(y_hat, minlength=K))
print("check: trace / N == accuracy; row sums == true counts; "
      "column sums == predicted counts")
error = 1 - accuracy
bound = loss_fn(Z, y) / math.log(2)
print(f"error rate = {error.item():.3f} <= cross-entropy / log 2 = {bound.item():.3f}")
assert error <= bound
recall = C.diag() / C.sum(dim=1)
precision = C.diag() / C.sum(dim=0)
for k in range(K):
    print(f"{names[k]:>10}: recall = {recall[k]:.3f}, precision = {precision[k]:.3f}")
print("diagonal of C:", ", ".join(str(v) for v in C.diag().tolist()))
mistakes = [f"{names[j]} -> {names[k]}: {C[j, k].item()}" for j in range(K)
            for k in range(K) if j != k and C[j, k] > 0]
print("off-diagonal cells:", "; ".join(mistakes) if mistakes else "none")

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
