"""One outlier: how MAE, MSE and RMSE react.

Left: the penalty each cost puts on a single residual e = y_hat - y. Right: ten points
on a line, one of them corrupted, and the best line under MSE (closed form) and under
MAE (the best line through two of the points, which is where an MAE optimum can always
be found).
"""
import itertools

import matplotlib.pyplot as plt
import torch

torch.manual_seed(0)
x = torch.arange(10, dtype=torch.float64)
y = 2 * x + 1 + 0.5 * torch.randn(10, dtype=torch.float64)
y_clean = y.clone()
y[8] -= 15.0


def costs(residual):
    mae = residual.abs().mean()
    mse = (residual**2).mean()
    return mae, mse, mse.sqrt()


true_line = 2 * x + 1
for name, target in [("clean data", y_clean), ("with outlier", y)]:
    mae, mse, rmse = costs(true_line - target)
    print(f"MAE, {name}: {mae:.4f}")
    print(f"MSE, {name}: {mse:.4f}")
    print(f"RMSE, {name}: {rmse:.4f}")
share = (y[8] - true_line[8]) ** 2 / ((y - true_line) ** 2).sum()
print(f"share of the squared error coming from the outlier: {share:.4f}")

X = torch.stack([x, torch.ones_like(x)], dim=1)
w_mse, b_mse = torch.linalg.lstsq(X, y.unsqueeze(1)).solution.squeeze(1)

best = None
for i, j in itertools.combinations(range(len(x)), 2):
    w = (y[j] - y[i]) / (x[j] - x[i])
    b = y[i] - w * x[i]
    mae = (y - (w * x + b)).abs().mean()
    if best is None or mae < best[0]:
        best = (mae, w, b)
_, w_mae, b_mae = best
print(f"best line under MSE: w = {w_mse:.4f}  b = {b_mse:.4f}")
print(f"best line under MAE: w = {w_mae:.4f}  b = {b_mae:.4f}")
print(f"slope of the best MSE line: {w_mse:.4f}")
print(f"slope of the best MAE line: {w_mae:.4f}")

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(9, 3.5))
e = torch.linspace(-4, 4, 201)
ax1.plot(e, e.abs(), label="$|e|$ (MAE)")
ax1.plot(e, e**2, label="$e^2$ (MSE)")
ax1.set_ylim(0, 8)
ax1.set_xlabel("residual $e$")
ax1.set_ylabel("penalty")
ax1.legend()

ax2.scatter(x, y, color="black", s=18, zorder=3, label="data")
ax2.scatter(x[8], y[8], facecolors="none", edgecolors="C3", s=120, label="outlier")
ax2.plot(x, w_mse * x + b_mse, color="C1", label="best MSE line")
ax2.plot(x, w_mae * x + b_mae, color="C0", linestyle="--", label="best MAE line")
ax2.set_xlabel("$x$")
ax2.set_ylabel("$y$")
ax2.legend()
fig.tight_layout()
plt.show()
