"""The 8 x 8 digits that ship with scikit-learn, split and scaled for this chapter.

Each image is 8 x 8 pixels with integer gray levels 0..16. Dividing by 16 puts the
pixels in [0, 1]; a seeded, stratified split keeps a quarter of the images for testing.
"""
import matplotlib.pyplot as plt
import numpy as np
import torch
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

digits = load_digits()
print("images:", digits.images.shape, " labels:", digits.target.shape)
print("gray levels:", np.unique(digits.images).astype(int).tolist())

X = (digits.images[:, None] / 16.0).astype("float32")
X_train, X_test, y_train, y_test = map(torch.tensor, train_test_split(
    X, digits.target, test_size=0.25, random_state=0, stratify=digits.target))
print("X_train:", tuple(X_train.shape), X_train.dtype, "y_train:", tuple(y_train.shape))
print("X_test: ", tuple(X_test.shape), X_test.dtype, "y_test: ", tuple(y_test.shape))
print(f"pixel range after scaling: [{X.min():.1f}, {X.max():.1f}]")
print("train images per class:", torch.bincount(y_train).tolist())
print("test images per class: ", torch.bincount(y_test).tolist())
assert len(X_train) + len(X_test) == len(digits.images)
assert 0.0 <= X.min() and X.max() <= 1.0

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
