"""Augmentation in __getitem__: a new random version of an image at every access.

The training set gets the transform, the test set does not. The Dataset's own seeded
generator makes the whole sequence of random versions reproducible.
"""
import torch
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

from _augment import augment, rotate
from _digits import DigitImages, shift

torch.manual_seed(0)
digits = load_digits()
X_train, X_test, y_train, y_test = map(torch.tensor, train_test_split(
    digits.images[:, None] / 16.0, digits.target, test_size=0.25, random_state=0,
    stratify=digits.target))
image = X_train[0]
print("one image:", tuple(image.shape), image.dtype, "label", y_train[0].item())

assert torch.equal(shift(image, 0, 1)[..., 1:], image[..., :-1])
assert torch.equal(shift(image, 0, 1)[..., 0], torch.zeros(1, 8, dtype=image.dtype))
assert torch.allclose(rotate(image, 0.0), image, atol=1e-12)
assert torch.allclose(rotate(image, 90.0), torch.rot90(image, 1, (1, 2)), atol=1e-12)
print("check: shift moves pixels and fills zeros; rotate by 0 and by 90 degrees")
print("       agree with the image itself and with torch.rot90")

train_set = DigitImages(X_train, y_train, transform=augment, seed=0)
test_set = DigitImages(X_test, y_test)
a, label_a = train_set[0]
b, label_b = train_set[0]
print(f"train_set[0] twice: mean |difference| {(a - b).abs().mean():.4f}, "
      f"labels {label_a.item()} and {label_b.item()}")
print(f"pixel range of an augmented image: [{a.min():.1f}, {a.max():.1f}]")
again = DigitImages(X_train, y_train, transform=augment, seed=0)
assert torch.equal(again[0][0], a) and torch.equal(again[0][0], b)
assert not torch.equal(a, b)
assert torch.equal(test_set[0][0], X_test[0]) and label_a == label_b == y_train[0]
print("check: same seed, same sequence of versions; the test set is left untouched")
