"""A multilayer perceptron (MLP) that classifies the 8 x 8 digits.

The image is flattened to 64 numbers and passes two hidden layers of 64 ReLU units
and an output layer of 10 scores. Training is seeded and deterministic.
"""
import torch
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.use_deterministic_algorithms(True)
torch.set_num_threads(1)

digits = load_digits()
X = (digits.images[:, None] / 16.0).astype("float32")
X_train, X_test, y_train, y_test = map(torch.tensor, train_test_split(
    X, digits.target, test_size=0.25, random_state=0, stratify=digits.target))

torch.manual_seed(0)
model = nn.Sequential(
    nn.Flatten(),
    nn.Linear(64, 64), nn.ReLU(),
    nn.Linear(64, 64), nn.ReLU(),
    nn.Linear(64, 10),
)
loader = DataLoader(TensorDataset(X_train, y_train), batch_size=64, shuffle=True,
                    drop_last=True, generator=torch.Generator().manual_seed(0))
optimizer = torch.optim.Adam(model.parameters(), lr=3e-3)
loss_fn = nn.CrossEntropyLoss()


def accuracy(model, X, y):
    model.eval()
    with torch.no_grad():
        return (model(X).argmax(dim=1) == y).float().mean().item()


num_epochs = 15
for epoch in range(1, num_epochs + 1):
    model.train()
    total = 0.0
    for xb, yb in loader:
        loss = loss_fn(model(xb), yb)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        total += loss.item()
    if epoch % 3 == 0:
        print(f"epoch {epoch:2d}  train loss {total / len(loader):.4f}  "
              f"test accuracy {accuracy(model, X_test, y_test):.4f}")

n_params = sum(p.numel() for p in model.parameters())
by_hand = (64 * 64 + 64) + (64 * 64 + 64) + (64 * 10 + 10)
print(f"MLP parameters: {n_params} (by hand: {by_hand})")
test_acc = accuracy(model, X_test, y_test)
n_right = round(test_acc * len(y_test))
print(f"MLP test accuracy: {test_acc:.4f} ({n_right} of {len(y_test)} correct)")
assert n_params == by_hand
assert test_acc >= 0.95
print("check: parameter count == formula, test accuracy >= 0.95")
