"""Two remedies for overfitting: dropout and weight decay.

The same data, the same initial weights and the same batches as before, trained three
ways: as it was, with Dropout(p=0.3) after each hidden layer, and with AdamW's decoupled
weight decay (lambda = 1).
"""
import matplotlib.pyplot as plt
import torch

from _fit import fit
from _sine import NOISE_STD, make_mlp, make_splits, stack

train_set, val_set, test_set = make_splits()
setups = {
    "no remedy": (0.0, lambda params: torch.optim.Adam(params, lr=0.003)),
    "dropout p=0.3": (0.3, lambda params: torch.optim.Adam(params, lr=0.003)),
    "weight decay lambda=1": (
        0.0, lambda params: torch.optim.AdamW(params, lr=0.003, weight_decay=1.0)),
}
labels = ["no remedy", "dropout $p=0.3$", r"weight decay $\lambda=1$"]
results = {}
for name, (p, make_optimizer) in setups.items():
    torch.manual_seed(0)
    model = make_mlp(p)
    history, best = fit(model, make_optimizer(model.parameters()), train_set, val_set)
    results[name] = (model, history)
    gap = history["val"][-1] - history["train"][-1]
    print(f"{name:22s} final train {history['train'][-1]:.4f}  "
          f"final val {history['val'][-1]:.4f}  gap {gap:.4f}  "
          f"best val {best['val']:.4f} (epoch {best['epoch']})")

final_val = {name: h["val"][-1] for name, (_, h) in results.items()}
plain, dropout, decay = final_val.values()
assert dropout < plain and decay < plain
print("check: both remedies end with a lower validation loss than no remedy")

fig, axes = plt.subplots(1, 3, figsize=(9, 3.5), sharey=True)
for ax, label, (_, history) in zip(axes, labels, results.values()):
    epochs = range(1, len(history["train"]) + 1)
    ax.semilogy(epochs, history["train"], label="train")
    ax.semilogy(epochs, history["val"], label="validation")
    ax.axhline(NOISE_STD**2, color="black", linestyle="--", linewidth=1,
               label=r"$\sigma^2$")
    ax.set_title(label, fontsize=10)
    ax.set_xlabel("epoch")
axes[0].set_ylabel("MSE")
axes[0].legend(fontsize=8)
plt.tight_layout()

x_train, y_train = stack(train_set)
xs = torch.linspace(-3.2, 3.2, 300).unsqueeze(1)
plt.figure(figsize=(6, 4))
plt.plot(xs, torch.sin(xs), color="black", linestyle="--", label=r"$\sin x$")
for label, (model, _) in zip(labels, results.values()):
    model.eval()
    with torch.no_grad():
        plt.plot(xs, model(xs), label=label)
plt.plot(x_train, y_train, "o", color="gray", label="train")
plt.xlabel("$x$")
plt.ylabel("$y$")
plt.legend(fontsize=8)
plt.tight_layout()
plt.show()
