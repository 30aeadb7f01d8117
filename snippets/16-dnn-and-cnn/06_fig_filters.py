"""What the first convolution layer learned: its 16 kernels and their feature maps.

The CNN is trained again with the same seeds. Each 3 x 3 kernel of the first layer is
drawn as a tiny image (red positive, blue negative); the second figure shows one test
digit and the 16 feature maps those kernels make of it (after BatchNorm and ReLU).
"""
import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

from _digits import load_split, make_cnn
from _train import train

X_train, X_test, y_train, y_test = load_split()
torch.manual_seed(0)
model = train(make_cnn(), X_train, y_train).cpu()

conv1 = model[0]
kernels = conv1.weight.detach()[:, 0]
print("first-layer weights:", tuple(conv1.weight.shape), "-> 16 kernels of 3 x 3")
image = X_test[:1]
with torch.inference_mode():
    raw = conv1(image)
    maps = model[:3](image)[0]
print("one test digit:", tuple(image.shape), "-> feature maps:", tuple(maps.shape))
print("test digit shown:", y_test[0].item())

padded = F.pad(image[0, 0], (1, 1, 1, 1))
i, j, c = 2, 5, 3
by_hand = (kernels[c] * padded[i:i + 3, j:j + 3]).sum() + conv1.bias[c]
print(f"map {c} at ({i}, {j}): by hand {by_hand:.4f}  Conv2d {raw[0, c, i, j]:.4f}")
assert torch.allclose(by_hand, raw[0, c, i, j])
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
