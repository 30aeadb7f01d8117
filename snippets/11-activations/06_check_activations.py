"""The chapter's formulas, checked against PyTorch.

Identities between the activations, the chain-rule product behind vanishing gradients,
GELU's definition and the two-class softmax are each computed by hand and compared with
what autograd and the built-in functions return.
"""
# --8<-- [start:sigmoid-chain]
import math

import torch
from torch import nn

torch.manual_seed(0)
z = torch.linspace(-8, 8, 1601, dtype=torch.float64, requires_grad=True)

torch.sigmoid(z).sum().backward()
sigma_prime = z.grad.clone()
assert sigma_prime.max() <= 0.25
zero = torch.tensor(0.0, requires_grad=True)
torch.sigmoid(zero).backward()
assert zero.grad.item() == 0.25
print("check: sigmoid'(z) <= 1/4 everywhere, = 1/4 at z = 0")

assert torch.allclose(torch.tanh(z), 2 * torch.sigmoid(2 * z) - 1)
print("check: tanh(z) == 2 sigmoid(2z) - 1")

L = 10
w = torch.randn(L, dtype=torch.float64)
b = torch.randn(L, dtype=torch.float64)
x = torch.tensor(0.5, dtype=torch.float64, requires_grad=True)
a, pre = x, []
for l in range(L):
    pre.append(w[l] * a + b[l])
    a = torch.sigmoid(pre[-1])
a.backward()
s = torch.sigmoid(torch.stack(pre)).detach()
by_hand = torch.prod(w * s * (1 - s))
print(f"da_L/dx for L = {L} (autograd): {x.grad.item():.4e}")
print(f"prod of w_l sigma'(z_l) (hand): {by_hand.item():.4e}")
print(f"bound (1/4)^L * prod |w_l|:     {0.25**L * w.abs().prod().item():.4e}")
assert torch.allclose(x.grad, by_hand)
assert torch.prod(s * (1 - s)) <= 0.25**L
assert x.grad.abs() <= 0.1 * 0.25**L * w.abs().prod()  # over an order of magnitude below
print("check: chain rule gives prod w_l sigma'(z_l), and prod sigma'(z_l) <= (1/4)^L")
# --8<-- [end:sigmoid-chain]

# --8<-- [start:gelu-softmax-kinks]
zd = z.detach()
phi_cdf = 0.5 * (1 + torch.erf(zd / math.sqrt(2)))
assert torch.allclose(nn.GELU()(zd), zd * phi_cdf)
gap = (nn.GELU(approximate="tanh")(zd) - nn.GELU()(zd)).abs().max().item()
print(f"largest |GELU(tanh approximation) - GELU|: {gap:.1e}")
assert gap < 1e-3
print("check: GELU(z) == z Phi(z), and the tanh approximation is within 1e-3")

pairs = torch.randn(100, 2, dtype=torch.float64)
assert torch.allclose(torch.softmax(pairs, dim=1)[:, 1],
                      torch.sigmoid(pairs[:, 1] - pairs[:, 0]))
assert torch.allclose(torch.softmax(pairs, dim=1),
                      torch.exp(pairs - torch.logsumexp(pairs, dim=1, keepdim=True)))
print("check: softmax(z) == exp(z - logsumexp(z)); for two scores it is the sigmoid")
print("       of their difference")

for f, expected in ((nn.ReLU(), 0.0), (nn.LeakyReLU(0.01), 0.01)):
    origin = torch.tensor(0.0, requires_grad=True)
    f(origin).backward()
    assert math.isclose(origin.grad.item(), expected, abs_tol=1e-9)
print("check: at z = 0 PyTorch uses ReLU'(0) = 0 and LeakyReLU'(0) = alpha")
# --8<-- [end:gelu-softmax-kinks]
