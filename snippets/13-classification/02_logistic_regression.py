"""Logistic regression on two moons: a linear logit trained with BCEWithLogitsLoss.

The model nn.Linear(2, 1) outputs one logit z = w^T x + b per point and never applies
the sigmoid itself; the loss does that inside, in a numerically stable way. A point is
put in class 1 when z >= 0, so the decision boundary is the straight line z = 0.
"""
import torch
from sklearn.datasets import make_moons
from torch import nn

torch.manual_seed(0)
X_np, y_np = make_moons(n_samples=200, noise=0.2, random_state=0)
X = torch.tensor(X_np, dtype=torch.float32)
y = torch.tensor(y_np, dtype=torch.float32).unsqueeze(1)
print("X:", tuple(X.shape), " y:", tuple(y.shape), " points in class 1:", int(y.sum()))

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

with torch.no_grad():
    z = model(X)
    p = torch.sigmoid(z)
y_hat = (z >= 0).float()
accuracy = (y_hat == y).float().mean().item()
(w1, w2), b = model.weight[0].tolist(), model.bias.item()
print(f"learned w = ({w1:.4f}, {w2:.4f}), b = {b:.4f}")
print(f"decision boundary: {w1:.4f} x1 {w2:+.4f} x2 {b:+.4f} = 0")
print("first five p = sigmoid(z):", [round(v, 4) for v in p[:5, 0].tolist()])
print("first five predictions:   ", y_hat[:5, 0].long().tolist())
print("first five targets:       ", y[:5, 0].long().tolist())
print(f"training accuracy: {accuracy:.4f}")

assert torch.equal(p >= 0.5, z >= 0)
x1 = torch.linspace(-1.5, 2.5, 9)
on_line = torch.stack([x1, -(w1 * x1 + b) / w2], dim=1)
with torch.no_grad():
    p_line = torch.sigmoid(model(on_line))
assert torch.allclose(p_line, torch.full_like(p_line, 0.5), atol=1e-5)
print("check: p >= 0.5 exactly when z >= 0, and p = 0.5 on the line w^T x + b = 0")
