"""Overfitting: the training loss keeps falling while the validation loss turns up.

An MLP with about 66 thousand parameters learns from 20 noisy points of sin(x). Both
losses are measured in eval mode after every epoch. No model can expect a loss below
sigma^2 = 0.09 on new points, so a training loss far below it means fitted noise.
"""
import matplotlib.pyplot as plt
import torch

from _fit import fit
from _sine import NOISE_STD, make_mlp, make_splits, stack

train_set, val_set, test_set = make_splits()
torch.manual_seed(0)
model = make_mlp()
num_params = sum(p.numel() for p in model.parameters())
print(f"parameters: {num_params}, training points: {len(train_set)}, "
      f"validation points: {len(val_set)}")
assert num_params == (1 * 256 + 256) + (256 * 256 + 256) + (256 * 1 + 1) == 66561
optimizer = torch.optim.Adam(model.parameters(), lr=0.003)
history, best = fit(model, optimizer, train_set, val_set, num_epochs=300)

x_train, y_train = stack(train_set)
x_val, y_val = stack(val_set)
sigma2 = NOISE_STD**2
print(f"sigma^2 = {sigma2:.4f}; loss of the true sin(x) on the validation set: "
      f"{(torch.sin(x_val) - y_val).pow(2).mean():.4f}")
print(f"best validation loss: {best['val']:.4f} at epoch {best['epoch']}")
print(f"after epoch 300: train {history['train'][-1]:.4f}, "
      f"validation {history['val'][-1]:.4f}")
assert history["train"][-1] < sigma2 < history["val"][-1]
assert history["val"][-1] > 1.5 * best["val"]
print("check: the training loss ends below sigma^2, the validation loss far above "
      "its minimum")

epochs = range(1, len(history["train"]) + 1)
fig, (ax_loss, ax_fit) = plt.subplots(1, 2, figsize=(9, 3.5))
ax_loss.semilogy(epochs, history["train"], label="train")
ax_loss.semilogy(epochs, history["val"], label="validation")
ax_loss.axhline(sigma2, color="black", linestyle="--", linewidth=1, label=r"$\sigma^2$")
ax_loss.axvline(best["epoch"], color="gray", linestyle=":", linewidth=1)
ax_loss.set_xlabel("epoch")
ax_loss.set_ylabel("MSE")
ax_loss.legend()

xs = torch.linspace(-3.2, 3.2, 300).unsqueeze(1)
model.eval()
with torch.no_grad():
    ax_fit.plot(xs, model(xs), color="C3", label="MLP, epoch 300")
ax_fit.plot(xs, torch.sin(xs), color="black", linestyle="--", label=r"$\sin x$")
ax_fit.plot(x_train, y_train, "o", color="C0", label="train")
ax_fit.plot(x_val, y_val, "o", color="C1", markerfacecolor="none", label="validation")
ax_fit.set_xlabel("$x$")
ax_fit.set_ylabel("$y$")
ax_fit.legend(fontsize=8)
plt.tight_layout()
plt.show()
