"""The 8 x 8 digits that ship with scikit-learn, split and scaled for this chapter.

Each image is 8 x 8 pixels with integer gray levels 0..16; `load_split` from `_digits.py`
scales them to [0, 1] and keeps a quarter of the images as the test set.
"""
import matplotlib.pyplot as plt
import numpy as np
import torch
from sklearn.datasets import load_digits

from _digits import load_split

digits = load_digits()
print("images:", digits.images.shape, " labels:", digits.target.shape)
print("gray levels:", np.unique(digits.images).astype(int).tolist())

X_train, X_test, y_train, y_test = load_split()
print("X_train:", tuple(X_train.shape), X_train.dtype, "y_train:", tuple(y_train.shape))
print("X_test: ", tuple(X_test.shape), X_test.dtype, "y_test: ", tuple(y_test.shape))
print(f"pixel range after scaling: [{X_train.min():.1f}, {X_train.max():.1f}]")
print("train images per class:", torch.bincount(y_train).tolist())
print("test images per class: ", torch.bincount(y_test).tolist())
print("training images:", len(X_train))
print("test images:", len(X_test))
assert len(X_train) + len(X_test) == len(digits.images)
assert len(digits.images) == 1797 and len(np.unique(digits.images)) == 17
assert 0.0 <= X_train.min() and X_train.max() <= 1.0

rows = 3
fig, axes = plt.subplots(rows, 10, figsize=(8, 2.8))
for digit in range(10):
    examples = X_train[y_train == digit][:rows]
    for row in range(rows):
        ax = axes[row, digit]
        ax.imshow(examples[row, 0], cmap="gray_r", vmin=0, vmax=1)
        ax.set_xticks([])
        ax.set_yticks([])
    axes[0, digit].set_title(str(digit))
plt.tight_layout()
plt.show()
