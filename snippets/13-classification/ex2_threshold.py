"""Exercise 2: a threshold other than 1/2 moves the boundary to a parallel line.

Predicting class 1 when p >= t is the same as z >= log(t / (1 - t)). For the logistic
regression on the moons this is the line w^T x + b = log(t / (1 - t)): same normal
vector w, shifted by log(t / (1 - t)) / ||w||.
"""
import math

import torch
from sklearn.datasets import make_moons
from torch import nn

torch.manual_seed(0)
X_np, y_np = make_moons(n_samples=200, noise=0.2, random_state=0)
X = torch.tensor(X_np, dtype=torch.float32)
y = torch.tensor(y_np, dtype=torch.float32).unsqueeze(1)
model = nn.Linear(2, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.5)
num_epochs = 500
for epoch in range(num_epochs + 1):
    loss = nn.BCEWithLogitsLoss()(model(X), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

with torch.no_grad():
    z = model(X)
p = torch.sigmoid(z)
w_norm = model.weight.norm().item()
for t in [0.5, 0.8]:
    cut = math.log(t / (1 - t))
    by_p = p >= t
    assert torch.equal(by_p, z >= cut)
    accuracy = (by_p.float() == y).float().mean().item()
    print(f"t = {t}: boundary z = {cut:.4f}, shift = {cut / w_norm:.4f}, "
          f"predicted 1: {int(by_p.sum())}, accuracy = {accuracy:.4f}")
print("check: p >= t gives the same predictions as z >= log(t / (1 - t))")
