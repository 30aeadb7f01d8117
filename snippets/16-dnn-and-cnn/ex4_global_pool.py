"""Exercise 4: AdaptiveAvgPool2d(1) instead of AdaptiveAvgPool2d(2).

Global average pooling keeps one number per channel, so the last linear layer shrinks
from 128 x 10 + 10 to 32 x 10 + 10 parameters. Both variants use the same seeds.
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


def make_cnn(grid):
    return nn.Sequential(
        nn.Conv2d(1, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(),
        nn.AdaptiveAvgPool2d(grid),
        nn.Flatten(),
        nn.Dropout(0.2),
        nn.Linear(32 * grid * grid, 10),
    )


def train_and_test(grid, num_epochs=15):
    torch.manual_seed(0)
    model = make_cnn(grid)
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
    model.eval()
    with torch.no_grad():
        acc = (model(X_test).argmax(dim=1) == y_test).float().mean().item()
    return model, acc


for grid in (2, 1):
    model, acc = train_and_test(grid)
    n_params = sum(p.numel() for p in model.parameters())
    by_hand = 160 + 32 + 4640 + 64 + (32 * grid * grid * 10 + 10)
    print(f"AdaptiveAvgPool2d({grid}): features {32 * grid * grid:>3}  "
          f"parameters {n_params} (by hand {by_hand})  test accuracy {acc:.4f}")
    assert n_params == by_hand
print("check: parameter counts == 4896 + (32 g^2 * 10 + 10)")
