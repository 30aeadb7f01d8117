"""Check: the three negative log-likelihoods are the book's three losses.

On 50 random batches in float64: Gaussian NLL == MSE / (2 sigma^2) + a constant,
Bernoulli NLL == binary cross-entropy, categorical NLL == cross-entropy, and autograd
agrees with the gradients derived by hand.
"""
import math

import torch
import torch.nn.functional as F
from torch.distributions import Bernoulli, Categorical, Normal

torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
K = 4
for trial in range(50):
    N = torch.randint(5, 50, ()).item()
    y_hat, y = torch.randn(N, requires_grad=True), torch.randn(N)
    sigma = torch.rand(()) + 0.1
    nll = -Normal(y_hat, sigma).log_prob(y).mean()
    const = 0.5 * math.log(2 * math.pi * sigma**2)
    assert torch.isclose(nll, F.mse_loss(y_hat, y) / (2 * sigma**2) + const)
    (g,) = torch.autograd.grad(nll, y_hat)
    assert torch.allclose(g, (y_hat - y) / (N * sigma**2))

    z, t = torch.randn(N, requires_grad=True), torch.randint(0, 2, (N,)).double()
    nll = -Bernoulli(logits=z).log_prob(t).mean()
    assert torch.isclose(nll, F.binary_cross_entropy(torch.sigmoid(z), t))
    (g,) = torch.autograd.grad(nll, z)
    assert torch.allclose(g, (torch.sigmoid(z) - t) / N)

    logits, c = torch.randn(N, K, requires_grad=True), torch.randint(0, K, (N,))
    nll = -Categorical(logits=logits).log_prob(c).mean()
    assert torch.isclose(nll, F.cross_entropy(logits, c))
    (g,) = torch.autograd.grad(nll, logits)
    assert torch.allclose(g, (torch.softmax(logits, dim=1) - F.one_hot(c, K)) / N)
print("check: Gaussian NLL == MSE / (2 sigma^2) + constant, gradient e / (N sigma^2)")
print("check: Bernoulli NLL == binary cross-entropy, gradient (sigmoid(z) - y) / N")
print("check: categorical NLL == cross-entropy, gradient (softmax(z) - one_hot(y)) / N")
