"""Train on one part of noisy data, evaluate on the part the model never saw.

100 points are generated as y = 2x + 1 + noise (noise standard deviation 0.5), shuffled
with a seeded permutation and split 80/20. The model is fitted on the training set only;
the test MSE estimates how well it does on new data.
"""
# --8<-- [start:train]
import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.optim as optim

torch.manual_seed(0)

num_points, noise_std = 100, 0.5
X = 5 * torch.rand(num_points, 1)
y = 2 * X + 1 + noise_std * torch.randn(num_points, 1)

perm = torch.randperm(num_points)
train_idx, test_idx = perm[:80], perm[80:]
X_train, y_train = X[train_idx], y[train_idx]
X_test, y_test = X[test_idx], y[test_idx]
print("train size:", len(X_train), " test size:", len(X_test))

model = nn.Linear(1, 1)
optimizer = optim.SGD(model.parameters(), lr=0.05)
num_epochs = 1000
for epoch in range(num_epochs):
    cost = F.mse_loss(model(X_train), y_train)
    optimizer.zero_grad()
    cost.backward()
    optimizer.step()
# --8<-- [end:train]

# --8<-- [start:evaluate]
with torch.no_grad():
    train_mse = F.mse_loss(model(X_train), y_train).item()
    test_mse = F.mse_loss(model(X_test), y_test).item()
w, b = model.weight.item(), model.bias.item()
print(f"learned w: {w:.4f}")
print(f"learned b: {b:.4f}")
print("(the data were made with w = 2, b = 1)")
print(f"train MSE: {train_mse:.4f}")
print(f"test MSE:  {test_mse:.4f}")
print(f"noise variance: {noise_std ** 2:.4f}")

ones = torch.ones_like(X_train)
solution = torch.linalg.lstsq(torch.cat([X_train, ones], dim=1), y_train).solution
print(f"least squares: w = {solution[0].item():.4f}, b = {solution[1].item():.4f}")
assert torch.allclose(torch.tensor([w, b]), solution.squeeze(1), atol=1e-4)
print("check: gradient descent reached the least-squares line")
# --8<-- [end:evaluate]

# --8<-- [start:plot]
import matplotlib.pyplot as plt

fig, ax = plt.subplots(figsize=(6, 4))
ax.scatter(X_train, y_train, s=15, label="train")
ax.scatter(X_test, y_test, s=30, marker="^", label="test")
xs = torch.linspace(0, 5, 50)
ax.plot(xs, w * xs + b, color="black", label=rf"$\hat{{y}} = {w:.2f}x + {b:.2f}$")
ax.set_xlabel("$x$")
ax.set_ylabel("$y$")
ax.legend()
fig.tight_layout()
plt.show()
# --8<-- [end:plot]
