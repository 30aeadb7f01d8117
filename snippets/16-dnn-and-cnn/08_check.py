"""Check: the chapter's formulas against what PyTorch's layers really do.

Parameter counts, the output-size formula over many settings, a convolution written
as a matrix product, the sparse shared matrix hiding inside Conv2d, translation
equivariance, adaptive average pooling and the cross-entropy loss.
"""
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
torch.set_default_dtype(torch.float64)


def out_size(n, k, p, s):
    return (n + 2 * p - k) // s + 1


def count_by_hand(layer):
    if isinstance(layer, nn.Linear):
        return layer.out_features * layer.in_features + layer.out_features
    if isinstance(layer, nn.Conv2d):
        k = layer.kernel_size[0]
        return layer.out_channels * layer.in_channels * k * k + layer.out_channels
    if isinstance(layer, nn.BatchNorm2d):
        return 2 * layer.num_features
    return 0


mlp = nn.Sequential(nn.Flatten(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 64),
                    nn.ReLU(), nn.Linear(64, 10))
cnn = nn.Sequential(
    nn.Conv2d(1, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(),
    nn.AdaptiveAvgPool2d(2), nn.Flatten(), nn.Dropout(0.2), nn.Linear(128, 10))
for name, model in [("MLP", mlp), ("CNN", cnn)]:
    for layer in model:
        assert sum(p.numel() for p in layer.parameters()) == count_by_hand(layer)
    total = sum(count_by_hand(layer) for layer in model)
    print(f"{name} parameters by formula: {total}")
    assert total == {"MLP": 8970, "CNN": 6186}[name]
print("check: every layer's parameter count == its formula")

n_cases = 0
for n in range(4, 13):
    for k in range(1, 6):
        for s in (1, 2, 3):
            for p in range(0, k // 2 + 1):
                x = torch.zeros(1, 1, n, n)
                if n + 2 * p >= k:
                    assert nn.Conv2d(1, 1, k, s, p)(x).shape[-1] == out_size(n, k, p, s)
                    assert nn.MaxPool2d(k, s, p)(x).shape[-1] == out_size(n, k, p, s)
                    n_cases += 1
print(f"check: Conv2d and MaxPool2d sizes == (n + 2p - k) // s + 1 in {n_cases} cases")

conv = nn.Conv2d(3, 4, 3, padding=1)
x = torch.randn(2, 3, 8, 8)
patches = F.unfold(x, kernel_size=3, padding=1)
as_matmul = conv.weight.view(4, -1) @ patches + conv.bias.view(1, 4, 1)
print("patches:", tuple(patches.shape), " weights as a matrix:",
      tuple(conv.weight.view(4, -1).shape))
assert torch.allclose(as_matmul.view(2, 4, 8, 8), conv(x))
print("check: Conv2d == (C_out x C_in k^2 matrix) @ (patches of the image) + b")

conv1 = nn.Conv2d(1, 16, 3, padding=1, bias=False)
J = torch.autograd.functional.jacobian(lambda v: conv1(v.view(1, 1, 8, 8)).flatten(),
                                       torch.zeros(64))
n_nonzero = int((J != 0).sum())
distinct = torch.unique(J[J != 0])
print("Conv2d(1, 16, 3, padding=1) on 8 x 8 as one matrix:", tuple(J.shape),
      f"= {J.numel()} entries")
print(f"nonzero entries: {n_nonzero} (by hand 16 * 22^2 = {16 * 22**2})")
print(f"distinct nonzero values: {len(distinct)} (the 16 * 9 = 144 kernel weights)")
assert J.shape == (16 * 64, 64) and n_nonzero == 16 * (3 * 8 - 2) ** 2 == 7744
assert torch.equal(distinct, torch.unique(conv1.weight))
print("check: a convolution is a sparse linear layer that shares its weights")

image = torch.zeros(1, 1, 12, 12)
image[..., 2:10, 2:10] = torch.rand(8, 8)
conv = nn.Conv2d(1, 16, 3, padding=1)
for dy, dx in [(0, 1), (1, 0), (-1, 1)]:
    shifted_in = conv(torch.roll(image, (dy, dx), dims=(2, 3)))
    shifted_out = torch.roll(conv(image), (dy, dx), dims=(2, 3))
    assert torch.allclose(shifted_in, shifted_out)
print("check: conv(shift(x)) == shift(conv(x))  (translation equivariance)")

A = torch.randn(5, 32, 4, 4)
blocks = A.view(5, 32, 2, 2, 2, 2).mean(dim=(3, 5))
assert torch.allclose(nn.AdaptiveAvgPool2d(2)(A), blocks)
assert torch.allclose(nn.AdaptiveAvgPool2d(1)(A)[..., 0, 0], A.mean(dim=(2, 3)))
print("check: AdaptiveAvgPool2d(2) on 4 x 4 == mean of each 2 x 2 block")

z = torch.randn(6, 10)
y = torch.tensor([3, 0, 9, 1, 1, 7])
by_hand = (torch.logsumexp(z, dim=1) - z[torch.arange(6), y]).mean()
assert torch.allclose(nn.CrossEntropyLoss()(z, y), by_hand)
print(f"cross-entropy: by hand {by_hand:.4f}  nn.CrossEntropyLoss "
      f"{nn.CrossEntropyLoss()(z, y):.4f}")
print("check: CrossEntropyLoss == mean of (log sum_j exp z_j - z_y)")
