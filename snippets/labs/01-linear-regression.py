# --8<-- [start:toy-descent]
import torch

torch.manual_seed(0)
torch.set_num_threads(1)
x = torch.tensor([1.0, 2.0, 3.0, 4.0])
y = torch.tensor([2.0, 4.0, 6.0, 9.0])

w = torch.zeros((), requires_grad=True)
b = torch.zeros((), requires_grad=True)
lr, num_epochs = 0.05, 2000
for epoch in range(num_epochs + 1):
    cost = ((w * x + b - y) ** 2).mean()
    if epoch in (0, 10, 100, num_epochs):
        print(f"epoch {epoch:4d}: w = {w.item():.3f}, b = {b.item():+.3f}, "
              f"cost = {cost.item():.4g}")
    if epoch == num_epochs:
        break
    cost.backward()
    with torch.no_grad():
        w -= lr * w.grad
        b -= lr * b.grad
    w.grad.zero_()
    b.grad.zero_()
# --8<-- [end:toy-descent]
# --8<-- [start:toy-closed-form]
def with_ones(X):
    """A = [X, 1] in float64, so that A @ theta = X w + b for theta = (w, b)."""
    X = X.double().reshape(len(X), -1)
    return torch.cat([X, torch.ones(len(X), 1, dtype=torch.float64)], dim=1)


def least_squares(X, y):
    """theta* from the normal equations A^T A theta = A^T y (last entry: b*)."""
    A = with_ones(X)
    return torch.linalg.solve(A.T @ A, A.T @ y.double().reshape(-1, 1))


def mse(y_hat, y):
    return ((y_hat.double() - y.double()) ** 2).mean().item()


theta_star = least_squares(x, y)
w_star, b_star = theta_star[:, 0].tolist()
cost_star = mse(with_ones(x) @ theta_star, y.reshape(-1, 1))
print(f"closed form (four points): w* = {w_star:.3f}, b* = {b_star:+.3f}, "
      f"cost = {cost_star:.4g}")
assert abs(w_star - 2.3) < 1e-9 and abs(b_star + 0.5) < 1e-9
assert abs(w.item() - w_star) < 1e-4 and abs(b.item() - b_star) < 1e-4
print("check: gradient descent reached the closed form (2.3, -0.5) within 1e-4")
# --8<-- [end:toy-closed-form]
# --8<-- [start:diabetes-data]
from sklearn.datasets import load_diabetes

diabetes = load_diabetes(scaled=False)
X = torch.tensor(diabetes.data, dtype=torch.float32)
y = torch.tensor(diabetes.target, dtype=torch.float32).reshape(-1, 1)
names = diabetes.feature_names
bmi = names.index("bmi")
N, d = X.shape
print("examples N:", N)
print("features d:", d)
print("feature names:", ", ".join(names))
print("first example:", [round(v, 2) for v in X[0].tolist()], "target:", y[0].item())
print(f"target: min {y.min().item():.0f}, max {y.max().item():.0f}, "
      f"mean {y.mean().item():.1f}")
# --8<-- [end:diabetes-data]
# --8<-- [start:split]
generator = torch.Generator().manual_seed(0)
perm = torch.randperm(N, generator=generator)
n_test = N // 5
test_idx, train_idx = perm[:n_test], perm[n_test:]
X_train, y_train = X[train_idx], y[train_idx]
X_test, y_test = X[test_idx], y[test_idx]
print("train size:", len(X_train))
print("test size:", len(X_test))

mu = X_train.mean(dim=0)
sigma = X_train.std(dim=0, correction=0)
X_train_std = (X_train - mu) / sigma
X_test_std = (X_test - mu) / sigma
print(f"bmi, training mean: {mu[bmi].item():.2f}")
print(f"bmi, training std: {sigma[bmi].item():.3f}")
assert torch.allclose(X_train_std.mean(dim=0), torch.zeros(d), atol=1e-5)
assert torch.allclose(X_train_std.std(dim=0, correction=0), torch.ones(d), atol=1e-5)
print("check: every standardized training column has mean 0 and std 1")
test_means = X_test_std.mean(dim=0)
print(f"standardized test columns, means: from {test_means.min().item():+.2f}"
      f" to {test_means.max().item():+.2f}")
# --8<-- [end:split]
# --8<-- [start:one-feature]
import torch.nn as nn
import torch.nn.functional as F


def train(X, y, lr=0.1, num_epochs=200):
    torch.manual_seed(0)
    model = nn.Linear(X.shape[1], 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)
    for epoch in range(num_epochs):
        cost = F.mse_loss(model(X), y)
        optimizer.zero_grad()
        cost.backward()
        optimizer.step()
    return model


model_bmi = train(X_train_std[:, [bmi]], y_train)
with torch.no_grad():
    test_mse_bmi = mse(model_bmi(X_test_std[:, [bmi]]), y_test)
w_bmi, b_bmi = model_bmi.weight.item(), model_bmi.bias.item()
print(f"bmi model: w = {w_bmi:.2f}, b = {b_bmi:.1f}")
print(f"per unit of bmi: {w_bmi / sigma[bmi].item():.2f}")
print(f"bmi test MSE: {test_mse_bmi:.0f}")
print(f"mean-only test MSE: {mse(y_train.mean().expand_as(y_test), y_test):.0f}")
# --8<-- [end:one-feature]
# --8<-- [start:one-feature-check]
theta_bmi = least_squares(X_train_std[:, [bmi]], y_train)
test_mse_bmi_ls = mse(with_ones(X_test_std[:, [bmi]]) @ theta_bmi, y_test)
print(f"closed form (bmi): w* = {theta_bmi[0, 0]:.2f}, b* = {theta_bmi[1, 0]:.1f}")
print(f"closed-form bmi test MSE: {test_mse_bmi_ls:.0f}")
assert abs(w_bmi - theta_bmi[0, 0]) < 1e-3 and abs(b_bmi - theta_bmi[1, 0]) < 1e-3
assert abs(test_mse_bmi - test_mse_bmi_ls) < 1e-4 * test_mse_bmi_ls
print("check: nn.Linear + SGD reached the closed form (test MSE within 0.01 %)")
# --8<-- [end:one-feature-check]
# --8<-- [start:one-feature-plot]
import matplotlib.pyplot as plt

fig, ax = plt.subplots(figsize=(6, 3.5))
ax.scatter(X_train[:, bmi], y_train, s=8, alpha=0.4, label="train")
ax.scatter(X_test[:, bmi], y_test, s=14, marker="^", label="test")
bmi_grid = torch.linspace(X[:, bmi].min().item(), X[:, bmi].max().item(), 50)
with torch.no_grad():
    line = model_bmi(((bmi_grid - mu[bmi]) / sigma[bmi]).reshape(-1, 1))
ax.plot(bmi_grid, line, color="black", label=r"$\hat{y}$")
ax.set_xlabel("bmi")
ax.set_ylabel("$y$")
ax.legend()
fig.tight_layout()
plt.show()
# --8<-- [end:one-feature-plot]
# --8<-- [start:all-features]
model_all = train(X_train_std, y_train, num_epochs=3000)
with torch.no_grad():
    train_mse_all = mse(model_all(X_train_std), y_train)
    test_mse_all = mse(model_all(X_test_std), y_test)
print(f"all features, train MSE: {train_mse_all:.0f}")
print(f"all features, test MSE: {test_mse_all:.0f}")

theta_all = least_squares(X_train_std, y_train)
train_mse_all_ls = mse(with_ones(X_train_std) @ theta_all, y_train)
test_mse_all_ls = mse(with_ones(X_test_std) @ theta_all, y_test)
print(f"all features, closed-form train MSE: {train_mse_all_ls:.0f}")
print(f"all features, closed-form test MSE: {test_mse_all_ls:.0f}")
assert abs(test_mse_all - test_mse_all_ls) < 1e-3 * test_mse_all_ls
print("check: the test MSE of gradient descent is within 0.1 % of the closed form")
# --8<-- [end:all-features]
# --8<-- [start:weights]
w_sgd = model_all.weight[0].detach().double()
w_all = theta_all[:d, 0]
print(f"{'feature':>8} {'w (SGD)':>8} {'w*':>8}")
for j, name in enumerate(names):
    print(f"{name:>8} {w_sgd[j]:8.1f} {w_all[j]:8.1f}")
s1, s2 = names.index("s1"), names.index("s2")
r = torch.corrcoef(X_train_std[:, [s1, s2]].T)[0, 1]
print(f"correlation of s1 and s2 (train): {r.item():.2f}")
# --8<-- [end:weights]
# --8<-- [start:predicted-vs-true]
with torch.no_grad():
    y_hat_bmi = model_bmi(X_test_std[:, [bmi]])
    y_hat_all = model_all(X_test_std)
fig, ax = plt.subplots(figsize=(6, 3.5))
ax.scatter(y_test, y_hat_bmi, s=14, marker="^", label="bmi")
ax.scatter(y_test, y_hat_all, s=14, label="all 10")
span = [y.min().item(), y.max().item()]
ax.plot(span, span, color="black", linewidth=1)
ax.set_xlabel("$y$ (test)")
ax.set_ylabel(r"$\hat{y}$")
ax.legend()
fig.tight_layout()
plt.show()
# --8<-- [end:predicted-vs-true]
# --8<-- [start:turn-1]
candidates = []
for j, name in enumerate(names):
    if j != bmi:
        theta = least_squares(X_train_std[:, [bmi, j]], y_train)
        train_mse = mse(with_ones(X_train_std[:, [bmi, j]]) @ theta, y_train)
        candidates.append((train_mse, name, j))
best_train_mse, best_name, best = min(candidates)
print("best second feature (by training MSE):", best_name)

pair = [bmi, best]
model_pair = train(X_train_std[:, pair], y_train)
with torch.no_grad():
    test_mse_pair = mse(model_pair(X_test_std[:, pair]), y_test)
theta_pair = least_squares(X_train_std[:, pair], y_train)
test_mse_pair_ls = mse(with_ones(X_test_std[:, pair]) @ theta_pair, y_test)
print(f"bmi + {best_name}, test MSE: {test_mse_pair:.0f}")
assert best_name == "s5"
assert abs(test_mse_pair - test_mse_pair_ls) < 1e-4 * test_mse_pair_ls
assert test_mse_all_ls < test_mse_pair < test_mse_bmi_ls
print("check: bmi + s5 matches its closed form and lies between bmi alone and all ten")
# --8<-- [end:turn-1]
# --8<-- [start:turn-2]
A = with_ones(X_train_std)
H = 2 * A.T @ A / len(A)
eigenvalues, eigenvectors = torch.linalg.eigh(H)
lam_min, lam_max = eigenvalues[0].item(), eigenvalues[-1].item()
lr_max = 2 / lam_max
print(f"lambda_max: {lam_max:.3f}")
print(f"lambda_min: {lam_min:.4f}")
print(f"largest stable lr: {lr_max:.4f}")
print(f"condition number: {lam_max / lam_min:.0f}")
costs = {}
for factor in (0.9, 1.1):
    model = train(X_train_std, y_train, lr=factor * lr_max, num_epochs=100)
    with torch.no_grad():
        costs[factor] = mse(model(X_train_std), y_train)
    print(f"lr = {factor} x largest stable lr, train MSE after 100 epochs: "
          f"{costs[factor]:.3g}")

flat = eigenvectors[:d, 0]
flat = flat * flat[flat.abs().argmax()].sign()
top = flat.abs().argsort(descending=True)[:3].tolist()
print("flattest direction:", ", ".join(f"{names[j]} {flat[j]:+.2f}" for j in top))
leftover = w_sgd - w_all
cosine = (leftover @ flat).abs() / leftover.norm()
print(f"|cosine| of w(SGD) - w* and the flattest direction: {cosine.item():.3f}")
assert costs[0.9] < 1.01 * train_mse_all_ls and costs[1.1] > 1e6
assert set(top[:2]) == {s1, s2} and cosine > 0.99
print("check: 2/lambda_max separates convergence from divergence")
print("check: what SGD has left to learn lies along the flattest direction")
# --8<-- [end:turn-2]
# --8<-- [start:turn-3]
theta_raw = least_squares(X_train, y_train)
y_hat_raw = with_ones(X_test) @ theta_raw
y_hat_std = with_ones(X_test_std) @ theta_all
assert torch.allclose(theta_raw[:d, 0], w_all / sigma.double(), rtol=1e-6)
assert torch.allclose(y_hat_raw, y_hat_std, atol=1e-6)
print("check: on raw features the closed form gives w*/sigma and the same predictions")

A_raw = with_ones(X_train)
eigenvalues_raw = torch.linalg.eigvalsh(2 * A_raw.T @ A_raw / len(A_raw))
lr_max_raw = 2 / eigenvalues_raw[-1].item()
print(f"raw features, largest stable lr: {lr_max_raw:.2e}")
print(f"raw features, condition number: {eigenvalues_raw[-1] / eigenvalues_raw[0]:.1e}")
model_raw = train(X_train, y_train, lr=0.1, num_epochs=3)
with torch.no_grad():
    blown_up = mse(model_raw(X_train), y_train)
print(f"raw features, lr = 0.1, train MSE after 3 epochs: {blown_up:.1e}")
model_raw = train(X_train, y_train, lr=0.9 * lr_max_raw, num_epochs=3000)
with torch.no_grad():
    test_mse_raw = mse(model_raw(X_test), y_test)
print(f"raw features, lr = 0.9 x largest stable lr, test MSE: {test_mse_raw:.0f}")
assert blown_up > 1e20 and test_mse_raw > 1.1 * test_mse_all_ls
print("check: without standardization, 3000 epochs stay far from the closed form")
# --8<-- [end:turn-3]
