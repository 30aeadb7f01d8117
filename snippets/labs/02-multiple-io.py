# --8<-- [start:data]
import matplotlib.pyplot as plt
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)

# one row per region: temperature (F), rainfall (mm), humidity (%)
X = torch.tensor([[73.0, 67.0, 43.0],
                  [91.0, 88.0, 64.0],
                  [87.0, 134.0, 58.0],
                  [102.0, 43.0, 37.0],
                  [69.0, 96.0, 70.0]])
# the same rows: yield of apples (t), yield of oranges (t)
Y = torch.tensor([[56.0, 70.0],
                  [81.0, 101.0],
                  [119.0, 133.0],
                  [22.0, 37.0],
                  [103.0, 119.0]])
N, d = X.shape
K = Y.shape[1]
print(f"N = {N} regions, d = {d} inputs, K = {K} outputs")


def rounded(t, digits=4):
    """A tensor as (nested) lists of floats with `digits` significant digits."""
    if t.dim() == 0:
        return float(f"{t.item():.{digits}g}")
    return [rounded(row, digits) for row in t]
# --8<-- [end:data]
# --8<-- [start:shapes]
linear = nn.Linear(d, K)
W = linear.weight.T          # the same six numbers, read as (inputs, outputs)
b = linear.bias
print("linear.weight shape (out_features, in_features):", tuple(linear.weight.shape))
print("W = linear.weight.T shape (inputs, outputs):    ", tuple(W.shape))
print("X @ W + b shape (regions, outputs):             ", tuple((X @ W + b).shape))

with torch.no_grad():
    assert torch.allclose(linear(X), X @ W + b)
assert W.data_ptr() == linear.weight.data_ptr()      # a view, not a copy
print("check: linear(X) == X @ W + b with W = linear.weight.T (a view)")
print("apples' weights, column W[:, 0]:      ", rounded(W[:, 0]))
print("apples' weights, row linear.weight[0]:", rounded(linear.weight[0]))

try:
    X @ linear.weight
except RuntimeError as error:
    print("X @ linear.weight -> RuntimeError:", str(error).split("\n")[0])
# --8<-- [end:shapes]
# --8<-- [start:standardize]
mu = X.mean(dim=0)
sigma = X.std(dim=0, correction=0)
X_std = (X - mu) / sigma
print("mu (F, mm, %):   ", rounded(mu))
print("sigma (F, mm, %):", rounded(sigma))
print("region 3, raw:         ", rounded(X[2]))
print("region 3, standardized:", rounded(X_std[2]))

assert torch.allclose(X_std.mean(dim=0), torch.zeros(d), atol=1e-6)
assert torch.allclose(X_std.std(dim=0, correction=0), torch.ones(d), atol=1e-6)
print("check: every column of X_std has mean 0 and standard deviation 1")
# --8<-- [end:standardize]
# --8<-- [start:gradient-check]
def gradients(inputs, W, b):
    """dL/dW and dL/db of the mean squared error, from the matrix formulas."""
    E = inputs @ W + b - Y                       # residuals, (N, K)
    return 2 / (N * K) * inputs.T @ E, 2 / (N * K) * E.sum(dim=0)


W_try = torch.randn(d, K, requires_grad=True)
b_try = torch.randn(K, requires_grad=True)
torch.mean((X_std @ W_try + b_try - Y) ** 2).backward()

dW, db = gradients(X_std, W_try.detach(), b_try.detach())
print("dL/dW shape:", tuple(dW.shape), " dL/db shape:", tuple(db.shape))
assert torch.allclose(dW, W_try.grad, rtol=1e-4, atol=1e-4)
assert torch.allclose(db, b_try.grad, rtol=1e-4, atol=1e-4)
print("check: 2/(NK) X^T E == autograd's W.grad, 2/(NK) 1^T E == b.grad")
# --8<-- [end:gradient-check]
# --8<-- [start:scratch]
lr = 0.1
num_steps = 500
W_scratch = torch.randn(d, K)
b_scratch = torch.zeros(K)
for step in range(num_steps + 1):
    if step % 100 == 0:
        cost = torch.mean((X_std @ W_scratch + b_scratch - Y) ** 2)
        print(f"scratch, step {step:4d}, cost: {cost.item():.4g}")
    dW, db = gradients(X_std, W_scratch, b_scratch)
    W_scratch -= lr * dW
    b_scratch -= lr * db

print("W_scratch (inputs x outputs):", rounded(W_scratch))
print("b_scratch:", rounded(b_scratch))
# --8<-- [end:scratch]
# --8<-- [start:nn-linear]
optimizer = torch.optim.SGD(linear.parameters(), lr=lr)
for step in range(num_steps + 1):
    cost = F.mse_loss(linear(X_std), Y)
    if step % 100 == 0:
        print(f"nn.Linear, step {step:4d}, cost: {cost.item():.4g}")
    optimizer.zero_grad()
    cost.backward()
    optimizer.step()

with torch.no_grad():
    assert torch.allclose(linear.weight.T, W_scratch, atol=1e-3)
    assert torch.allclose(linear.bias, b_scratch, atol=1e-3)
    assert torch.equal(W, linear.weight.T)       # the view W moved with the layer
print("check: linear.weight.T == W_scratch and linear.bias == b_scratch")
print("linear.weight (outputs x inputs):", rounded(linear.weight))
# --8<-- [end:nn-linear]
# --8<-- [start:compare]
def fit(inputs, lr, num_steps):
    """Gradient descent from W = 0, b = 0; returns W, b and the cost after each step."""
    W, b = torch.zeros(d, K), torch.zeros(K)
    costs = [torch.mean((inputs @ W + b - Y) ** 2).item()]
    for step in range(num_steps):
        dW, db = gradients(inputs, W, b)
        W, b = W - lr * dW, b - lr * db
        costs.append(torch.mean((inputs @ W + b - Y) ** 2).item())
    return W, b, torch.tensor(costs, dtype=torch.float64)


A = torch.cat([X, torch.ones(N, 1)], dim=1).double()      # X with a column of ones
best = torch.linalg.lstsq(A, Y.double()).solution          # rows: W_raw, then b_raw
lowest = torch.mean((A @ best - Y.double()) ** 2).item()
print(f"lowest possible cost (least squares): {lowest:.4f}")

num_steps = 20000
runs = {"raw": fit(X, 1e-4, num_steps), "standardized": fit(X_std, 0.1, num_steps)}
for name, (W_run, b_run, costs) in runs.items():
    close = torch.nonzero(costs <= 1.001 * lowest).flatten()
    reached = f"{close[0].item()}" if len(close) else f"not within {num_steps}"
    print(f"{name}, steps to within 0.1% of the lowest cost: {reached}")
    print(f"{name}, cost after {num_steps} steps: {costs[-1]:.4f}")
assert not (runs["raw"][2] <= 1.001 * lowest).any()     # the raw run never gets there
# --8<-- [end:compare]
# --8<-- [start:fig-compare]
fig, ax = plt.subplots(figsize=(6, 3.5))
step_numbers = torch.arange(1, num_steps + 1)
for (name, (W_run, b_run, costs)), lr_used in zip(runs.items(), ["1e-4", "0.1"]):
    excess = (costs[1:] / lowest - 1).clamp(min=1e-9)
    ax.plot(step_numbers, excess, label=f"{name}, lr = {lr_used}")
ax.axhline(1e-3, color="gray", ls="--", lw=0.8, label="0.1 %")
ax.set_xscale("log")
ax.set_yscale("log")
ax.set_ylim(1e-5, 1e5)
ax.set_xlabel("step")
ax.set_ylabel(r"$\mathcal{L} / \mathcal{L}_{\min} - 1$")
ax.legend()
fig.tight_layout()
plt.show()
# --8<-- [end:fig-compare]
# --8<-- [start:unstandardize]
W_std, b_std, _ = runs["standardized"]
W_raw = W_std / sigma.unsqueeze(1)               # row j divided by sigma_j
b_raw = b_std - (mu / sigma) @ W_std
assert torch.allclose(X @ W_raw + b_raw, X_std @ W_std + b_std, atol=1e-3)
theta_raw = torch.cat([W_raw, b_raw.unsqueeze(0)]).double()
assert torch.allclose(theta_raw, best, atol=1e-3)
print("check: X @ W_raw + b_raw == X_std @ W_std + b_std")
print("check: W_raw, b_raw == least-squares solution on the raw inputs")
print("W_raw (inputs x outputs):", rounded(W_raw))
print("b_raw:", rounded(b_raw))

W_run, b_run, _ = runs["raw"]
theta_run = torch.cat([W_run, b_run.unsqueeze(0)]).double()
print("b reached by the raw run:", rounded(b_run, 3))
gap = (theta_run - best).abs().max()
print(f"raw run, largest |parameter - least squares|: {gap:.3g}")
# --8<-- [end:unstandardize]
# --8<-- [start:turn-1]
x_new = torch.tensor([[95.0, 50.0, 40.0]])      # hot and dry: 95 F, 50 mm, 40 %
y_raw = x_new @ W_raw + b_raw                   # raw units: no standardizing
y_std = ((x_new - mu) / sigma) @ W_std + b_std  # the training mu and sigma
print("turn 1, new region (apples, oranges):", rounded(y_raw[0]))

assert y_raw.shape == (1, K)
assert torch.allclose(y_raw, y_std, atol=1e-3)
# of the five regions' yields, region 4's (102 F, 43 mm, 37 %) are the nearest
assert torch.cdist(y_raw, Y).argmin() == 3
# --8<-- [end:turn-1]
# --8<-- [start:turn-2]
pears = torch.tensor([[48.0], [69.0], [92.0], [24.0], [83.0]])
Y3 = torch.cat([Y, pears], dim=1)                # (5, 3): apples, oranges, pears
linear3 = nn.Linear(d, 3)
optimizer = torch.optim.SGD(linear3.parameters(), lr=0.1)
for step in range(1000):
    cost = F.mse_loss(linear3(X_std), Y3)
    optimizer.zero_grad()
    cost.backward()
    optimizer.step()
print("turn 2, linear3.weight shape:", tuple(linear3.weight.shape))
print("turn 2, pears' weights W3[:, 2]:", rounded(linear3.weight[2]))

with torch.no_grad():
    W3 = linear3.weight.T
    assert W3.shape == linear3.weight.shape == (3, 3)       # shapes cannot tell
    wrong = X_std @ linear3.weight                           # runs, but is wrong
    assert not torch.allclose(wrong, linear3(X_std), atol=1.0)
    assert torch.allclose(W3[:, :2], W_std, atol=1e-3)      # apples, oranges unchanged
    assert torch.allclose(linear3.bias, Y3.mean(dim=0), atol=1e-3)
# --8<-- [end:turn-2]
# --8<-- [start:turn-3]
X64, Y64 = X.double(), Y.double()


def diverges(lr, num_steps=2000):
    """Full-batch gradient descent on the raw inputs from zero, in float64."""
    W, b = torch.zeros(d, K, dtype=torch.float64), torch.zeros(K, dtype=torch.float64)
    start = torch.mean(Y64 ** 2)
    for step in range(num_steps):
        E = X64 @ W + b - Y64
        W = W - lr * 2 / (N * K) * X64.T @ E
        b = b - lr * 2 / (N * K) * E.sum(dim=0)
    return not torch.mean((X64 @ W + b - Y64) ** 2) <= start    # growth or nan


low, high = 1e-4, 2e-4
assert not diverges(low) and diverges(high)
for _ in range(20):
    middle = (low + high) / 2
    low, high = (low, middle) if diverges(middle) else (middle, high)
limit = 2 / torch.linalg.eigvalsh(2 / (N * K) * A.T @ A)[-1].item()
print(f"turn 3, smallest diverging lr found: {high:.4g}")
print(f"turn 3, 2 / lambda_max: {limit:.4g}")
assert abs(high / limit - 1) < 0.01
# --8<-- [end:turn-3]
