"""The Bernoulli negative log-likelihood is binary cross-entropy.

Six examples, logits z, 0/1 targets y, p = sigmoid(z): the average NLL by hand, with
torch.distributions.Bernoulli and with two BCE functions; its gradient w.r.t. z.
"""
import torch
import torch.nn.functional as F
from torch.distributions import Bernoulli

torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
N = 6
z = (2 * torch.randn(N)).requires_grad_()
y = torch.tensor([1.0, 0.0, 1.0, 1.0, 0.0, 0.0])
p = torch.sigmoid(z)

nll_hand = -(y * torch.log(p) + (1 - y) * torch.log(1 - p)).mean()
nll_probs = -Bernoulli(probs=p).log_prob(y).mean()
nll_logits = -Bernoulli(logits=z).log_prob(y).mean()
bce = F.binary_cross_entropy(p, y)
bce_logits = F.binary_cross_entropy_with_logits(z, y)
print("probabilities p:", [round(v, 4) for v in p.tolist()])
print(f"NLL by hand: {nll_hand.item():.6f}")
print(f"-Bernoulli(probs=p).log_prob(y): {nll_probs.item():.6f}")
print(f"-Bernoulli(logits=z).log_prob(y): {nll_logits.item():.6f}")
print(f"F.binary_cross_entropy(p, y): {bce.item():.6f}")
print(f"F.binary_cross_entropy_with_logits(z, y): {bce_logits.item():.6f}")
for other in (nll_probs, nll_logits, bce, bce_logits):
    assert torch.isclose(nll_hand, other)
print("check: Bernoulli NLL == binary cross-entropy (five ways)")

(grad,) = torch.autograd.grad(nll_hand, z)
by_hand = (p - y).detach() / N
print("dNLL/dz (autograd):", [round(v, 4) for v in grad.tolist()])
print("(sigmoid(z) - y) / N:", [round(v, 4) for v in by_hand.tolist()])
assert torch.allclose(grad, by_hand)
print("check: autograd == (sigmoid(z) - y) / N")
worst = grad.abs().argmax().item()
assert worst == 2 and y[worst] == 1 and p[worst] < 0.05
print(f"largest |dNLL/dz| at example: {worst + 1}")
