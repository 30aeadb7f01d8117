"""Augmented training digits: the original and six random versions of each.

Every row is one training image; the six versions come from six accesses to the same
index of the augmented Dataset.
"""
import matplotlib.pyplot as plt
import torch
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

from _augment import augment
from _digits import DigitImages

torch.manual_seed(0)
digits = load_digits()
X_train, _, y_train, _ = map(torch.tensor, train_test_split(
    digits.images[:, None] / 16.0, digits.target, test_size=0.25, random_state=0,
    stratify=digits.target))
train_set = DigitImages(X_train, y_train, transform=augment, seed=0)

rows = [int((y_train == d).nonzero()[0]) for d in (1, 4, 6, 9)]
versions = 6
fig, axes = plt.subplots(len(rows), versions + 1, figsize=(7, 4.4))
for r, i in enumerate(rows):
    images = [X_train[i]] + [train_set[i][0] for _ in range(versions)]
    for c, image in enumerate(images):
        ax = axes[r, c]
        ax.imshow(image[0], cmap="gray_r", vmin=0, vmax=1)
        ax.set_xticks([])
        ax.set_yticks([])
    axes[r, 0].set_ylabel(f"$y = {y_train[i].item()}$")
for c in range(versions + 1):
    axes[0, c].set_title("$x$" if c == 0 else f"$t_{c}(x)$")
plt.tight_layout()
plt.show()
