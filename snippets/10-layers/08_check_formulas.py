"""Every formula of the chapter, checked against what the PyTorch layers compute.

Each block computes a layer's output, parameter count or update by hand, from the
formulas in the text, and asserts that the layer agrees.
"""
# --8<-- [start:counts-and-sizes]
import math

import torch
from torch import nn

torch.manual_seed(0)
X = torch.randn(32, 5)

linear = nn.Linear(5, 3)
assert torch.allclose(linear(X), X @ linear.weight.T + linear.bias, atol=1e-6)
print("check: Linear(x) == x W^T + b")

for n_in, n_out in [(784, 128), (128, 10), (5, 3)]:
    count = sum(p.numel() for p in nn.Linear(n_in, n_out).parameters())
    assert count == n_out * n_in + n_out
for c_in, c_out, k in [(1, 16, 3), (3, 8, 5), (16, 32, 3)]:
    count = sum(p.numel() for p in nn.Conv2d(c_in, c_out, k).parameters())
    assert count == c_out * c_in * k * k + c_out
for c in (3, 16, 64):
    bn = nn.BatchNorm2d(c)
    assert sum(p.numel() for p in bn.parameters()) == 2 * c
    assert sum(b.numel() for b in bn.buffers()) == 2 * c + 1
print("check: parameter counts == n_out n_in + n_out, C_out C_in k^2 + C_out, 2C")


def out_size(h, k, s, p):
    return (h + 2 * p - k) // s + 1


image = torch.randn(2, 3, 28, 28)
for k, s, p in [(3, 1, 0), (3, 1, 1), (5, 2, 2), (4, 3, 0)]:
    conv = nn.Conv2d(3, 4, kernel_size=k, stride=s, padding=p)
    assert conv(image).shape[-1] == out_size(28, k, s, p)
    pool = nn.MaxPool2d(kernel_size=k, stride=s, padding=p // 2)
    assert pool(image).shape[-1] == out_size(28, k, s, p // 2)
print("check: output size == floor((H + 2p - k) / s) + 1 for Conv2d and MaxPool2d")
# --8<-- [end:counts-and-sizes]

# --8<-- [start:conv-and-functions]
conv = nn.Conv2d(2, 3, kernel_size=3, stride=2, padding=1)
small = torch.randn(1, 2, 5, 5)
padded = nn.functional.pad(small, (1, 1, 1, 1))
K, s = conv.weight, 2
size = out_size(5, 3, 2, 1)
by_hand = torch.zeros(1, 3, size, size)
for o in range(3):
    for i in range(size):
        for j in range(size):
            patch = padded[0, :, s * i:s * i + 3, s * j:s * j + 3]
            by_hand[0, o, i, j] = conv.bias[o] + (K[o] * patch).sum()
assert torch.allclose(conv(small), by_hand, atol=1e-6)
print("check: Conv2d == b_o + sum over c, u, v of K[o, c, u, v] X[c, s i + u, s j + v]")

Z = torch.randn(6, 10)
assert torch.allclose(nn.Sigmoid()(Z), 1 / (1 + torch.exp(-Z)), atol=1e-6)
by_hand = Z - torch.log(torch.exp(Z).sum(dim=1, keepdim=True))
assert torch.allclose(nn.LogSoftmax(dim=1)(Z), by_hand, atol=1e-6)
assert torch.equal(nn.ReLU()(Z), torch.where(Z > 0, Z, torch.zeros_like(Z)))
print("check: Sigmoid, ReLU and LogSoftmax == their formulas")

feature_maps = torch.randn(2, 3, 6, 6)
blocks = feature_maps.reshape(2, 3, 3, 2, 3, 2).amax(dim=(3, 5))
assert torch.equal(nn.MaxPool2d(2)(feature_maps), blocks)
assert torch.allclose(nn.AdaptiveAvgPool2d(1)(feature_maps),
                      feature_maps.mean(dim=(2, 3), keepdim=True), atol=1e-6)
assert torch.equal(nn.Flatten()(feature_maps), feature_maps.reshape(2, -1))
print("check: MaxPool2d, AdaptiveAvgPool2d and Flatten == max, mean and reshape")
# --8<-- [end:conv-and-functions]

# --8<-- [start:norm-dropout-step]
bn = nn.BatchNorm2d(3)
with torch.no_grad():
    bn.weight.copy_(torch.tensor([1.5, 0.5, 2.0]))
    bn.bias.copy_(torch.tensor([0.1, -0.2, 0.3]))
    out = bn(feature_maps)
mu = feature_maps.mean(dim=(0, 2, 3), keepdim=True)
var = feature_maps.var(dim=(0, 2, 3), keepdim=True, correction=0)
gamma, beta = bn.weight.view(1, 3, 1, 1), bn.bias.view(1, 3, 1, 1)
by_hand = gamma * (feature_maps - mu) / torch.sqrt(var + bn.eps) + beta
assert torch.allclose(out, by_hand, atol=1e-5)
m, n = bn.momentum, feature_maps.numel() // 3
assert torch.allclose(bn.running_mean, m * mu.flatten(), atol=1e-6)
unbiased_var = var.flatten() * n / (n - 1)
assert torch.allclose(bn.running_var, (1 - m) * 1 + m * unbiased_var, atol=1e-6)
print("check: BatchNorm2d == gamma (x - mean) / sqrt(var + eps) + beta, running stats")

p = 0.3
dropout = nn.Dropout(p)
dropped = dropout(torch.ones(1000))
scale = torch.tensor(1 / (1 - p))
assert torch.all((dropped == 0) | torch.isclose(dropped, scale))
dropout.eval()
assert torch.equal(dropout(X), X)
print("check: Dropout gives 0 or 1/(1-p) in train mode, the identity in eval mode")

y = 3 * X[:, :1] - 1
model = nn.Linear(1, 1)
lr = 0.1
w0, b0 = model.weight.item(), model.bias.item()
loss = ((model(X[:, :1]) - y) ** 2).mean()
loss.backward()
torch.optim.SGD(model.parameters(), lr=lr).step()
residual = (w0 * X[:, :1] + b0 - y)
grad_w = (2 * residual * X[:, :1]).mean().item()
grad_b = (2 * residual).mean().item()
assert math.isclose(model.weight.item(), w0 - lr * grad_w, abs_tol=1e-6)
assert math.isclose(model.bias.item(), b0 - lr * grad_b, abs_tol=1e-6)
print("check: one optimizer.step() == theta - lr * (hand-derived MSE gradient)")
# --8<-- [end:norm-dropout-step]
