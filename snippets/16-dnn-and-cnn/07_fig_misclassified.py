"""The test digits each model gets wrong, drawn with their true and predicted labels.

Both models are retrained with the chapter's seeds. The MLP's mistakes are summarized
in a confusion matrix (rows: true digit, columns: predicted digit).
"""
import matplotlib.pyplot as plt
import torch
from sklearn.datasets import load_digits
from sklearn.metrics import confusion_matrix
from sklearn.model_selection import train_test_split
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.use_deterministic_algorithms(True)
torch.set_num_threads(1)

digits = load_digits()
X = (digits.images[:, None] / 16.0).astype("float32")
X_train, X_test, y_train, y_test = map(torch.tensor, train_test_split(
    X, digits.target, test_size=0.25, random_state=0, stratify=digits.target))

models = {
    "MLP": lambda: nn.Sequential(
        nn.Flatten(),
        nn.Linear(64, 64), nn.ReLU(),
        nn.Linear(64, 64), nn.ReLU(),
        nn.Linear(64, 10),
    ),
    "CNN": lambda: nn.Sequential(
        nn.Conv2d(1, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(),
        nn.AdaptiveAvgPool2d(2),
        nn.Flatten(),
        nn.Dropout(0.2),
        nn.Linear(32 * 2 * 2, 10),
    ),
}


def train(make_model, num_epochs=15):
    torch.manual_seed(0)
    model = make_model()
    loader = DataLoader(TensorDataset(X_train, y_train), batch_size=64, shuffle=True,
                        drop_last=True, generator=torch.Generator().manual_seed(0))
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-3)
    loss_fn = nn.CrossEntropyLoss()
    for epoch in range(num_epochs):
        model.train()
        for xb, yb in loader:
            loss = loss_fn(model(xb), yb)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
    return model.eval()


wrong = {}
for name, make_model in models.items():
    model = train(make_model)
    with torch.no_grad():
        y_pred = model(X_test).argmax(dim=1)
    index = (y_pred != y_test).nonzero().flatten()
    pairs = [f"{y_test[i].item()}->{y_pred[i].item()}" for i in index]
    print(f"{name}: {len(pairs)} of {len(y_test)} wrong (true->predicted):",
          " ".join(pairs))
    if name == "MLP":
        cm = confusion_matrix(y_test, y_pred)
        print("MLP confusion matrix (row = true digit, column = predicted digit):")
        print("\n".join("  " + " ".join(f"{v:2d}" for v in row) for row in cm))
        assert cm.sum() - cm.trace() == len(pairs)
    wrong[name] = (index, X_test[index], y_test[index], y_pred[index])
print("check: off-diagonal sum of the confusion matrix == number of MLP mistakes")
shared = set(wrong["MLP"][0].tolist()) & set(wrong["CNN"][0].tolist())
print("test images both models get wrong:", len(shared))

n_cols = 8
rows = {name: -(-len(w[0]) // n_cols) for name, w in wrong.items()}
n_rows = sum(rows.values())
fig, axes = plt.subplots(n_rows, n_cols, figsize=(8, 1.1 * n_rows), squeeze=False)
row = 0
for name, (_, images, truth, guess) in wrong.items():
    for k in range(rows[name] * n_cols):
        ax = axes[row + k // n_cols, k % n_cols]
        ax.set_xticks([])
        ax.set_yticks([])
        if k < len(images):
            ax.imshow(images[k, 0], cmap="gray_r", vmin=0, vmax=1)
            ax.set_title(f"{truth[k].item()} → {guess[k].item()}", fontsize=9)
        else:
            ax.axis("off")
    axes[row, 0].set_ylabel(name, fontsize=10)
    row += rows[name]
plt.tight_layout()
plt.show()
