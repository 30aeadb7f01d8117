"""The same MLP, seed and batch order, trained with and without random shifts (only the
training Dataset's transform differs); tested on original and one-pixel-shifted digits."""
import torch
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from torch import nn
from torch.utils.data import DataLoader

from _digits import DigitImages, random_shift, shift

torch.set_num_threads(1)
digits = load_digits()
X_train, X_test, y_train, y_test = map(torch.tensor, train_test_split(
    digits.images[:, None] / 16.0, digits.target, test_size=0.25, random_state=0,
    stratify=digits.target))
moved = [shift(X_test, dy, dx) for dy, dx in ((-1, 0), (1, 0), (0, -1), (0, 1))]


def accuracy(model, X):
    with torch.no_grad():
        return (model(X).argmax(dim=1) == y_test).double().mean().item()


results = {}
for name, transform in (("originals only", None), ("shifted copies", random_shift)):
    torch.manual_seed(0)
    model = nn.Sequential(nn.Flatten(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 10)).double()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
    loader = DataLoader(DigitImages(X_train, y_train, transform), batch_size=64,
                        shuffle=True, generator=torch.Generator().manual_seed(0))
    for epoch in range(10):
        for xb, yb in loader:
            loss = nn.functional.cross_entropy(model(xb), yb)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
    acc, results[name] = accuracy(model, X_test), sum(accuracy(model, X) for X in moved) / 4
    print(f"test accuracy ({name}): {acc:.3f}\nshifted test accuracy ({name}): {results[name]:.3f}")
assert results["shifted copies"] > results["originals only"] + 0.2
print("check: training on shifted copies makes the MLP far better on shifted digits")
