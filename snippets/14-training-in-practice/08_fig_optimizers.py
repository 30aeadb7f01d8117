"""Choosing an optimizer: SGD, SGD with momentum and Adam in the same training loop.

Only the line that builds the optimizer changes; the model, its initial weights, the
batches and the number of epochs stay the same. Each learning rate was picked by hand
for its optimizer.
"""
import matplotlib.pyplot as plt
import torch

from _fit import fit
from _sine import NOISE_STD, make_mlp, make_splits

train_set, val_set, test_set = make_splits()
optimizers = {
    "SGD": lambda params: torch.optim.SGD(params, lr=0.01),
    "momentum": lambda params: torch.optim.SGD(params, lr=0.005, momentum=0.9),
    "Adam": lambda params: torch.optim.Adam(params, lr=0.003),
}
sigma2 = NOISE_STD**2
histories, first_below, bests = {}, {}, {}
for name, make_optimizer in optimizers.items():
    torch.manual_seed(0)
    model = make_mlp()
    history, best = fit(model, make_optimizer(model.parameters()), train_set, val_set)
    histories[name] = history
    below = next(e for e, loss in enumerate(history["train"], 1) if loss < sigma2)
    first_below[name], bests[name] = below, best["epoch"]
    print(f"{name:8s} first epoch with train < sigma^2: {below}  "
          f"best val {best['val']:.4f} (epoch {best['epoch']})  "
          f"final train {history['train'][-1]:.4f}  final val {history['val'][-1]:.4f}")

final = {name: (h["train"][-1], h["val"][-1]) for name, h in histories.items()}
assert first_below["momentum"] < first_below["Adam"] < first_below["SGD"]
assert min(final, key=lambda n: final[n][0]) == "Adam"
assert max(final, key=lambda n: final[n][1]) == "Adam"
assert min(bests, key=bests.get) == "Adam"
print("check: momentum crosses sigma^2 first and SGD last; Adam ends with the lowest "
      "training loss, the highest validation loss and the earliest best epoch")

fig, (ax_train, ax_val) = plt.subplots(1, 2, figsize=(9, 3.5), sharey=True)
for name, history in histories.items():
    epochs = range(1, len(history["train"]) + 1)
    ax_train.semilogy(epochs, history["train"], label=name)
    ax_val.semilogy(epochs, history["val"], label=name)
for ax, title in [(ax_train, "train"), (ax_val, "validation")]:
    ax.axhline(sigma2, color="black", linestyle="--", linewidth=1, label=r"$\sigma^2$")
    ax.set_title(title, fontsize=10)
    ax.set_xlabel("epoch")
ax_train.set_ylabel("MSE")
ax_train.legend(fontsize=8)
plt.tight_layout()
plt.show()
