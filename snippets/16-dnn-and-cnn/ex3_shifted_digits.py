"""Exercise 3: test digits moved by one pixel, seen by the MLP and by the CNN.

Both models are trained on the original images as before. The test images are then
shifted one pixel (the empty strip is filled with zeros) and classified again.
"""
import torch
import torch.nn.functional as F
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


def shift(images, dy, dx):
    padded = F.pad(images, (1, 1, 1, 1))
    return padded[..., 1 - dy:9 - dy, 1 - dx:9 - dx]


shifts = {"none": (0, 0), "right": (0, 1), "left": (0, -1), "down": (1, 0),
          "up": (-1, 0)}
assert torch.equal(shift(X_test, 0, 0), X_test)
assert torch.equal(shift(X_test, 0, 1)[..., 1:], X_test[..., :-1])
print("check: shift moves every pixel by one and fills the gap with zeros")

print(f"{'shift':<8}" + "".join(f"{name:>8}" for name in models))
trained = {name: train(make) for name, make in models.items()}
mean = dict.fromkeys(models, 0.0)
for label, (dy, dx) in shifts.items():
    row = f"{label:<8}"
    for name, model in trained.items():
        with torch.no_grad():
            pred = model(shift(X_test, dy, dx)).argmax(dim=1)
        acc = (pred == y_test).float().mean().item()
        row += f"{acc:>8.4f}"
        if label != "none":
            mean[name] += acc / 4
    print(row)
print("mean over the four shifts:", "  ".join(f"{k} {v:.4f}" for k, v in mean.items()))
assert mean["CNN"] > mean["MLP"]
print("check: on shifted digits the CNN keeps more of its accuracy than the MLP")
