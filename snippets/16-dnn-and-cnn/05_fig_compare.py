"""The MLP and the CNN side by side: parameters per layer, learning curves, accuracy.

Both models are trained exactly as in the two previous programs (same seeds), so the
final accuracies match theirs. The CNN should do at least as well with fewer weights.
"""
import matplotlib.pyplot as plt
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


def make_mlp():
    return nn.Sequential(
        nn.Flatten(),
        nn.Linear(64, 64), nn.ReLU(),
        nn.Linear(64, 64), nn.ReLU(),
        nn.Linear(64, 10),
    )


def make_cnn():
    return nn.Sequential(
        nn.Conv2d(1, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(),
        nn.AdaptiveAvgPool2d(2),
        nn.Flatten(),
        nn.Dropout(0.2),
        nn.Linear(32 * 2 * 2, 10),
    )


def accuracy(model, X, y):
    model.eval()
    with torch.no_grad():
        return (model(X).argmax(dim=1) == y).float().mean().item()


def train(make_model, num_epochs=15):
    torch.manual_seed(0)
    model = make_model()
    loader = DataLoader(TensorDataset(X_train, y_train), batch_size=64, shuffle=True,
                        drop_last=True, generator=torch.Generator().manual_seed(0))
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-3)
    loss_fn = nn.CrossEntropyLoss()
    losses, accs = [], []
    for epoch in range(num_epochs):
        model.train()
        total = 0.0
        for xb, yb in loader:
            loss = loss_fn(model(xb), yb)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            total += loss.item()
        losses.append(total / len(loader))
        accs.append(accuracy(model, X_test, y_test))
    return model, losses, accs


results = {"MLP": train(make_mlp), "CNN": train(make_cnn)}
for name, (model, _, accs) in results.items():
    print(f"[{name}] parameters per layer")
    for layer in model:
        n = sum(p.numel() for p in layer.parameters())
        if n:
            print(f"  {type(layer).__name__:<12} {n:>5}")
    total = sum(p.numel() for p in model.parameters())
    print(f"  {'total':<12} {total:>5}   test accuracy {accs[-1]:.4f}")

mlp_acc, cnn_acc = results["MLP"][2][-1], results["CNN"][2][-1]
n_mlp, n_cnn = (sum(p.numel() for p in results[k][0].parameters()) for k in results)
print(f"CNN / MLP parameters: {n_cnn / n_mlp:.2f}")
assert mlp_acc >= 0.95 and cnn_acc >= mlp_acc
print("check: MLP accuracy >= 0.95 and CNN accuracy >= MLP accuracy")

fig, (ax_loss, ax_acc) = plt.subplots(1, 2, figsize=(9, 3.5))
epochs = range(1, 16)
for name, (_, losses, accs) in results.items():
    ax_loss.plot(epochs, losses, marker="o", markersize=3, label=name)
    ax_acc.plot(epochs, accs, marker="o", markersize=3, label=name)
ax_loss.set_xlabel("epoch")
ax_loss.set_ylabel("train loss")
ax_loss.set_yscale("log")
ax_acc.set_xlabel("epoch")
ax_acc.set_ylabel("test accuracy")
ax_acc.axhline(0.95, color="gray", linestyle=":", linewidth=1)
for ax in (ax_loss, ax_acc):
    ax.legend()
    ax.grid(alpha=0.3)
plt.tight_layout()
plt.show()
