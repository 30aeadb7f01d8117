# --8<-- [start:data]
import math

import matplotlib.pyplot as plt
import torch
from sklearn.datasets import load_diabetes

torch.manual_seed(0)
torch.set_num_threads(1)
torch.set_default_dtype(torch.float64)

diabetes = load_diabetes()
X = torch.tensor(diabetes.data)
y = torch.tensor(diabetes.target).unsqueeze(1)  # (N,) -> (N, 1), like the output
perm = torch.randperm(len(X), generator=torch.Generator().manual_seed(0))
train_idx, val_idx = perm[:342], perm[342:]
X = (X - X[train_idx].mean(0)) / X[train_idx].std(0)
y = (y - y[train_idx].mean()) / y[train_idx].std(correction=0)
X_train, y_train, X_val, y_val = X[train_idx], y[train_idx], X[val_idx], y[val_idx]
print("X_train:", tuple(X_train.shape), " y_train:", tuple(y_train.shape))
print("X_val:", tuple(X_val.shape), " y_val:", tuple(y_val.shape))

baseline_train = ((y_train - y_train.mean()) ** 2).mean().item()
baseline_val = ((y_val - y_train.mean()) ** 2).mean().item()
print(f"baseline training loss: {baseline_train:.4f}")
print(f"baseline validation loss: {baseline_val:.4f}")
# --8<-- [end:data]
# --8<-- [start:tools]
from torch import nn
from torch.utils.data import DataLoader, TensorDataset


def make_model():
    torch.manual_seed(0)  # every run: the same initial weights, the same dropout masks
    return nn.Sequential(nn.Linear(10, 32), nn.ReLU(), nn.Dropout(p=0.3),
                         nn.Linear(32, 1))


def make_loader(X, y):
    return DataLoader(TensorDataset(X, y), batch_size=32, shuffle=True,
                      generator=torch.Generator().manual_seed(0))


def mse(y_hat, y):
    return ((y_hat - y) ** 2).mean()


def evaluate(model, X, y):
    model.eval()
    with torch.inference_mode():
        return mse(model(X), y).item()


def grad_norm(model):
    return torch.cat([p.grad.flatten() for p in model.parameters()]).norm().item()


print("parameters:", sum(p.numel() for p in make_model().parameters()))
print("batches per epoch:", len(make_loader(X_train, y_train)))
# --8<-- [end:tools]
# --8<-- [start:loop]
def fit(model, train=(X_train, y_train), val=(X_val, y_val), lr=0.05, num_epochs=30,
        momentum=0.0, clip=None):
    optimizer = torch.optim.SGD(model.parameters(), lr=lr, momentum=momentum)
    loader = make_loader(*train)
    history = {"step": [], "grad": [], "train": [], "val": []}
    for epoch in range(num_epochs):
        model.train()
        for xb, yb in loader:
            optimizer.zero_grad()
            loss = mse(model(xb), yb)
            loss.backward()
            history["step"].append(loss.item())
            history["grad"].append(grad_norm(model))
            if clip is not None:  # the fix of case 4 uses it
                nn.utils.clip_grad_norm_(model.parameters(), max_norm=clip)
            optimizer.step()
        history["train"].append(evaluate(model, *train))
        history["val"].append(evaluate(model, *val))
    return model, history


model, good = fit(make_model())
for epoch in [1, 10, 20, 30]:
    print(f"epoch {epoch:2d}: training loss {good['train'][epoch - 1]:.3f}, "
          f"validation loss {good['val'][epoch - 1]:.3f}")
print(f"reference validation loss: {good['val'][-1]:.3f}")
assert good["val"][-1] < 0.5 * baseline_val
# --8<-- [end:loop]
# --8<-- [start:bug-1]
def fit_1(model, lr=0.05, num_epochs=30):
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)
    loader = make_loader(X_train, y_train)
    history = {"step": [], "grad": [], "train": [], "val": []}
    for epoch in range(num_epochs):
        model.train()
        for xb, yb in loader:
            loss = mse(model(xb), yb)
            loss.backward()
            history["step"].append(loss.item())
            history["grad"].append(grad_norm(model))
            optimizer.step()
        history["train"].append(evaluate(model, X_train, y_train))
        history["val"].append(evaluate(model, X_val, y_val))
    return model, history


_, bug_1 = fit_1(make_model())
steps = [1, 2, 3, 5, 10, 20, 40, 80]
print("step:         ", " ".join(f"{k:6d}" for k in steps))
print("gradient norm:", " ".join(f"{bug_1['grad'][k - 1]:6.3g}" for k in steps))
for epoch in [1, 2, 4, 8, 9, 10]:
    print(f"epoch {epoch:2d}: training loss {bug_1['train'][epoch - 1]:.3g}")
print("first epoch with a nan training loss:",
      1 + [math.isnan(v) for v in bug_1["train"]].index(True))
# --8<-- [end:bug-1]
# --8<-- [start:fix-1]
print("step:                 ", " ".join(f"{k:6d}" for k in steps))
for name, history in [("buggy", bug_1), ("fixed", good)]:
    row = " ".join(f"{history['grad'][k - 1]:6.3g}" for k in steps)
    print(f"gradient norm ({name}):", row)

_, momentum_1 = fit(make_model(), momentum=1.0, num_epochs=3)
same = torch.tensor(momentum_1["step"]) == torch.tensor(bug_1["step"][:33])
assert same.all()
print(f"check: no zero_grad == SGD with momentum 1 for all {len(same)} steps compared")
assert bug_1["grad"][79] > 10 * good["grad"][79]
print("check: at step 80 the buggy .grad is over 10 times as long as the fixed one")

plt.figure(figsize=(6, 3.5))
plt.semilogy(range(1, len(good["grad"]) + 1), good["grad"], color="gray", label="fixed")
plt.semilogy(range(1, len(bug_1["grad"]) + 1), bug_1["grad"], color="C3",
             label="no zero_grad()")
plt.ylim(0.3, 1e3)
plt.xlabel("step")
plt.ylabel(r"$\|\nabla \mathcal{L}\|$ (.grad)")
plt.legend()
plt.tight_layout()
plt.show()
# --8<-- [end:fix-1]
# --8<-- [start:bug-2]
def evaluate_2(model, X, y):
    with torch.no_grad():
        return mse(model(X), y).item()


model.train()  # as inside a training loop, right after a step
measured = [evaluate_2(model, X_val, y_val) for _ in range(200)]
print("validation loss, measured 5 times:", [f"{v:.3f}" for v in measured[:5]])
print("different values among the 200 measurements:", len(set(measured)))
with torch.no_grad():
    pred_0 = [model(X_val[:1]).item() for _ in range(4)]
print("prediction for validation example 0, 4 times:", [f"{v:.3f}" for v in pred_0])
# --8<-- [end:bug-2]
# --8<-- [start:fix-2]
right = [evaluate(model, X_val, y_val) for _ in range(3)]
print("validation loss in eval mode, 3 times:", [f"{v:.3f}" for v in right])
assert right[0] == right[1] == right[2] == good["val"][-1]
mean_measured = sum(measured) / len(measured)
print(f"mean of the 200 train-mode measurements: {mean_measured:.3f}")
assert mean_measured > right[0]
assert sum(v > right[0] for v in measured) > 0.9 * len(measured)

with torch.inference_mode():
    y_hat = model(X_val)
print("inside inference_mode: requires_grad =", y_hat.requires_grad)

model.train()
with torch.no_grad():
    many = model(X_val.repeat(2000, 1)).reshape(2000, len(X_val))
noise = many.var(dim=0, correction=0).mean().item()
print(f"eval loss + mean dropout variance: {right[0] + noise:.3f}")
assert abs(right[0] + noise - mean_measured) < 0.02

plt.figure(figsize=(6, 3.5))
plt.hist(measured, bins=20, color="C3", alpha=0.7, label="train mode (200 times)")
plt.axvline(right[0], color="black", label="eval mode")
plt.xlabel("validation loss")
plt.legend()
plt.tight_layout()
plt.show()
# --8<-- [end:fix-2]
# --8<-- [start:bug-3]
y_train_flat, y_val_flat = y_train.squeeze(1), y_val.squeeze(1)  # shape (N,)
model_3, bug_3 = fit(make_model(), train=(X_train, y_train_flat),
                     val=(X_val, y_val_flat))
for epoch in [1, 2, 5, 10, 20, 30]:
    print(f"epoch {epoch:2d}: training loss {bug_3['train'][epoch - 1]:.4f}")
model_3.eval()
model.eval()
with torch.no_grad():
    spread_3 = model_3(X_val).std().item()
    spread = model(X_val).std().item()
print(f"spread (std) of the validation predictions: {spread_3:.3f}")
print(f"spread of the reference model's predictions: {spread:.3f}")
# --8<-- [end:bug-3]
# --8<-- [start:fix-3]
import warnings

xb, yb = next(iter(make_loader(X_train, y_train_flat)))
print("y_hat:", tuple(model_3(xb).shape), " y:", tuple(yb.shape),
      " y_hat - y:", tuple((model_3(xb) - yb).shape))

with torch.no_grad():
    y_hat = model_3(X_train)  # (342, 1)
buggy = mse(y_hat, y_train_flat).item()
i, j = torch.meshgrid(torch.arange(342), torch.arange(342), indexing="ij")
pairs = ((y_hat[i, 0] - y_train_flat[j]) ** 2).mean().item()
spread_part = ((y_hat - y_train.mean()) ** 2).mean().item()
print(f"buggy loss on the training set: {buggy:.4f}")
print(f"mean squared distance of the predictions from the mean of y: {spread_part:.4f}")
assert abs(buggy - pairs) < 1e-12
assert abs(buggy - (spread_part + baseline_train)) < 1e-12
assert min(bug_3["train"]) > baseline_train
print("check: buggy loss == mean over all 342 x 342 pairs (i, j)")
print("check: buggy loss == that distance + variance of the targets")

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    nn.functional.mse_loss(y_hat, y_train_flat)
print("nn.functional.mse_loss warns:", str(caught[0].message).split(". ")[0] + ".")
val_3 = evaluate(model_3, X_val, y_val)
print(f"validation loss of the buggy model, shapes matched: {val_3:.3f}")
assert abs(val_3 - baseline_val) < 0.05
# --8<-- [end:fix-3]
# --8<-- [start:bug-4]
model_4, bug_4 = fit(make_model(), lr=0.5)
for k in range(1, 12):
    print(f"step {k:2d}: loss {bug_4['step'][k - 1]:9.3g}   "
          f"gradient norm {bug_4['grad'][k - 1]:9.3g}")
print("training loss after epoch 30:", bug_4["train"][-1])

plt.figure(figsize=(6, 3.5))
plt.semilogy(range(1, 34), good["step"][:33], color="gray", label=r"$\eta$ = 0.05")
plt.semilogy(range(1, 34), bug_4["step"][:33], "o-", color="C3", label=r"$\eta$ = 0.5")
plt.xlabel("step")
plt.ylabel(r"$\mathcal{L}$ (batch)")
plt.legend()
plt.tight_layout()
plt.show()
# --8<-- [end:bug-4]
# --8<-- [start:fix-4]
_, clipped = fit(make_model(), lr=0.5, clip=1.0)
print(f"validation loss, lr 0.05: {good['val'][-1]:.3f}")
print(f"validation loss, lr 0.5: {bug_4['val'][-1]}")
print(f"validation loss, lr 0.5 with clipping: {clipped['val'][-1]:.3f}")
print("steps clipped:", sum(g > 1.0 for g in clipped["grad"]))
assert all(map(math.isfinite, clipped["val"]))
rough = max(clipped["val"][-10:]) - min(clipped["val"][-10:])
smooth = max(good["val"][-10:]) - min(good["val"][-10:])
print(f"range of the last 10 validation losses, lr 0.5 with clipping: {rough:.3f}")
print(f"range of the last 10 validation losses, lr 0.05: {smooth:.3f}")
assert rough > 3 * smooth
# --8<-- [end:fix-4]
# --8<-- [start:compare]
runs = [("no zero_grad()", bug_1), ("y of shape (N,)", bug_3), (r"$\eta$ = 0.5", bug_4)]
fig, axes = plt.subplots(1, 3, figsize=(9, 3), sharey=True)
for ax, (title, history) in zip(axes, runs):
    ax.semilogy(good["step"], color="gray", label="fixed")
    ax.semilogy(history["step"], color="C3", label="buggy")
    ax.axhline(baseline_train, color="black", linestyle=":", linewidth=1)
    ax.set_title(title, fontsize=10)
    ax.set_xlabel("step")
axes[0].set_ylabel(r"$\mathcal{L}$ (batch)")
axes[0].set_ylim(0.1, 1e3)
axes[0].legend()
fig.tight_layout()
plt.show()

rows = [("reference", good["val"][-1]), ("case 1: no zero_grad()", bug_1["val"][-1]),
        ("case 2: no eval()", mean_measured), ("case 3: y of shape (N,)", val_3),
        ("case 4: lr 0.5", bug_4["val"][-1])]
for name, value in rows:
    print(f"{name:>23}: validation loss {value:.3f}")
# --8<-- [end:compare]
# --8<-- [start:task-1]
def fit_mystery(model, optimizer, num_epochs=5):
    loader = make_loader(X_train, y_train)
    losses, norms = [], []
    for epoch in range(num_epochs):
        model.train()
        for xb, yb in loader:
            optimizer.zero_grad()
            loss = mse(model(xb), yb)
            loss.backward()
            norms.append(grad_norm(model))
            optimizer.step()
        losses.append(evaluate(model, X_train, y_train))
    return losses, norms


model_m = make_model()
optimizer_m = torch.optim.SGD(model_m.parameters(), lr=0.05)
model_m = make_model()  # the model's cell, run once more after an edit
mystery, norms = fit_mystery(model_m, optimizer_m)
print("training loss per epoch:", [f"{v:.4f}" for v in mystery])
print("gradient norm, first and last step:", f"{norms[0]:.3g}", f"{norms[-1]:.3g}")
# --8<-- [end:task-1]
# --8<-- [start:turn-1]
# optimizer_m holds the parameters of the first model: its zero_grad() and step()
# touch those, so model_m never moves and its .grad piles up as in case 1
updated = {id(p) for group in optimizer_m.param_groups for p in group["params"]}
found = sum(id(p) in updated for p in model_m.parameters())
print("parameters of model_m that optimizer_m updates:", found)
assert found == 0 and len(set(mystery)) == 1 and norms[-1] > 10 * norms[0]

optimizer_m = torch.optim.SGD(model_m.parameters(), lr=0.05)
repaired, _ = fit_mystery(model_m, optimizer_m)
print("training loss per epoch, repaired:", [f"{v:.4f}" for v in repaired])
assert repaired[-1] < mystery[-1] - 0.2
# --8<-- [end:turn-1]
# --8<-- [start:turn-2]
def check_shapes(y_hat, y):
    assert y_hat.shape == y.shape, (
        f"prediction {tuple(y_hat.shape)} and target {tuple(y.shape)} differ")


def checked_mse(y_hat, y):
    check_shapes(y_hat, y)
    return mse(y_hat, y)


model.eval()
with torch.no_grad():
    try:
        checked_mse(model(X_val), y_val_flat)
        message = None
    except AssertionError as error:
        message = str(error)
    loss = checked_mse(model(X_val), y_val).item()
print("caught:", message)
assert message == "prediction (100, 1) and target (100,) differ"
assert loss == good["val"][-1]
print("check: matching shapes pass and give the reference validation loss")
# --8<-- [end:turn-2]
# --8<-- [start:task-3]
g = torch.Generator().manual_seed(1)
order_x = torch.randperm(len(X_train), generator=g)  # shuffle the examples ...
order_y = torch.randperm(len(y_train), generator=g)  # ... and the targets
X_mixed, y_mixed = X_train[order_x], y_train[order_y]
model_mixed, mixed = fit(make_model(), train=(X_mixed, y_mixed), num_epochs=10)
with torch.no_grad():
    print("shapes:", tuple(X_mixed.shape), tuple(y_mixed.shape),
          tuple(model_mixed(X_mixed).shape))
for epoch in [1, 5, 10]:
    print(f"epoch {epoch:2d}: training loss {mixed['train'][epoch - 1]:.3f}, "
          f"validation loss {mixed['val'][epoch - 1]:.3f}")
# --8<-- [end:task-3]
# --8<-- [start:turn-3]
with torch.no_grad():
    check_shapes(model_mixed(X_mixed), y_mixed)  # passes: this is not case 3
# two permutations: almost every input now sits next to another patient's target
same_patient = (order_x == order_y).sum().item()
print("rows whose input and target come from the same patient:", same_patient, "of 342")

X_paired, y_paired = X_train[order_x], y_train[order_x]
_, paired = fit(make_model(), train=(X_paired, y_paired), num_epochs=10)
print(f"validation loss after 10 epochs, pairs kept: {paired['val'][-1]:.3f}")
print(f"validation loss after 10 epochs, pairs broken: {mixed['val'][-1]:.3f}")
assert same_patient < 5
assert mixed["val"][-1] > baseline_val and paired["val"][-1] < 0.6
# --8<-- [end:turn-3]
