"""What the first convolution layer learned: its 16 kernels and their feature maps.

The CNN is trained again with the same seeds. Each 3 x 3 kernel of the first layer is
drawn as a tiny image (red positive, blue negative); the second figure shows one test
digit and the 16 feature maps those kernels make of it (after BatchNorm and ReLU).
"""
import matplotlib.pyplot as plt
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

torch.manual_seed(0)
model = nn.Sequential(
    nn.Conv2d(1, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(),
    nn.AdaptiveAvgPool2d(2),
    nn.Flatten(),
    nn.Dropout(0.2),
    nn.Linear(32 * 2 * 2, 10),
)
loader = DataLoader(TensorDataset(X_train, y_train), batch_size=64, shuffle=True,
                    drop_last=True, generator=torch.Generator().manual_seed(0))
optimizer = torch.optim.Adam(model.parameters(), lr=3e-3)
loss_fn = nn.CrossEntropyLoss()
for epoch in range(15):
    model.train()
    for xb, yb in loader:
        loss = loss_fn(model(xb), yb)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
model.eval()

conv1 = model[0]
kernels = conv1.weight.detach()[:, 0]
print("first-layer weights:", tuple(conv1.weight.shape), "-> 16 kernels of 3 x 3")
image = X_test[:1]
with torch.no_grad():
    raw = conv1(image)
    maps = model[:3](image)[0]
print("one test digit:", tuple(image.shape), "-> feature maps:", tuple(maps.shape))

padded = F.pad(image[0, 0], (1, 1, 1, 1))
i, j, c = 2, 5, 3
by_hand = (kernels[c] * padded[i:i + 3, j:j + 3]).sum() + conv1.bias[c]
print(f"map {c} at ({i}, {j}): by hand {by_hand:.4f}  Conv2d {raw[0, c, i, j]:.4f}")
assert torch.allclose(by_hand, raw[0, c, i, j], atol=1e-6)
print("check: a feature-map value == sum of kernel * image patch + bias")

limit = kernels.abs().max()
fig, axes = plt.subplots(2, 8, figsize=(8, 2.4))
for c, ax in enumerate(axes.flat):
    ax.imshow(kernels[c], cmap="RdBu_r", vmin=-limit, vmax=limit)
    ax.set_title(f"{c}", fontsize=8)
    ax.set_xticks([])
    ax.set_yticks([])
plt.tight_layout()

fig, axes = plt.subplots(2, 9, figsize=(9, 2.4))
axes[0, 0].imshow(image[0, 0], cmap="gray_r", vmin=0, vmax=1)
axes[0, 0].set_title(f"y = {y_test[0].item()}", fontsize=8)
axes[1, 0].axis("off")
for c in range(16):
    ax = axes.flat[c + 1 + c // 8]
    ax.imshow(maps[c], cmap="viridis")
    ax.set_title(f"{c}", fontsize=8)
for ax in axes.flat:
    ax.set_xticks([])
    ax.set_yticks([])
plt.tight_layout()
plt.show()
