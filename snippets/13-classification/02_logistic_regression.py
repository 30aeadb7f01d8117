"""Logistic regression on two moons: a linear logit trained with BCEWithLogitsLoss.

The model nn.Linear(2, 1) outputs one logit z = w^T x + b per point and never applies
the sigmoid itself; the loss does that inside, in a numerically stable way. A point is
put in class 1 when z >= 0, so the decision boundary is the straight line z = 0. A
quarter of the points is held out as a test set and never used for training.
"""
# --8<-- [start:train]
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
print("training set X:", tuple(X.shape), " y:", tuple(y.shape),
      " points in class 1:", int(y.sum()))
print("test set X:", tuple(X_test.shape), " y:", tuple(y_test.shape))

model = nn.Linear(2, 1)
loss_fn = nn.BCEWithLogitsLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.5)

num_epochs = 500
for epoch in range(num_epochs + 1):
    logits = model(X)
    loss = loss_fn(logits, y)
    if epoch % 100 == 0:
        print(f"epoch {epoch:3d}: BCE = {loss.item():.4f}")
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

# --8<-- [end:train]
with torch.inference_mode():
    z = model(X_test)
    p = torch.sigmoid(z)
y_hat = (z >= 0).float()
with torch.inference_mode():
    train_accuracy = ((model(X) >= 0).float() == y).float().mean().item()
test_accuracy = (y_hat == y_test).float().mean().item()
(w1, w2), b = model.weight[0].tolist(), model.bias.item()
print(f"learned w = ({w1:.3f}, {w2:.3f}), b = {b:.3f}")
print(f"decision boundary: {w1:.3f} x1 {w2:+.3f} x2 {b:+.3f} = 0")
print("first five test p = sigmoid(z):", [round(v, 3) for v in p[:5, 0].tolist()])
print("first five test predictions:   ", y_hat[:5, 0].long().tolist())
print("first five test targets:       ", y_test[:5, 0].long().tolist())
print(f"training accuracy: {train_accuracy:.3f}")
print(f"test accuracy: {test_accuracy:.3f}")

assert torch.equal(p >= 0.5, z >= 0)
x1 = torch.linspace(-1.5, 2.5, 9)
on_line = torch.stack([x1, -(w1 * x1 + b) / w2], dim=1)
with torch.inference_mode():
    p_line = torch.sigmoid(model(on_line))
assert torch.allclose(p_line, torch.full_like(p_line, 0.5), atol=1e-5)
print("check: p >= 0.5 exactly when z >= 0, and p = 0.5 on the line w^T x + b = 0")
