"""The categorical negative log-likelihood is cross-entropy.

Five examples, three classes. Softmax turns the logits into class probabilities; the
average NLL of the true classes, by hand, with torch.distributions.Categorical and with
F.cross_entropy, agree. Its gradient with respect to the logits is softmax - one-hot.
"""
import torch
import torch.nn.functional as F
from torch.distributions import Categorical

torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
N, K = 5, 3
z = torch.randn(N, K, requires_grad=True)
y = torch.tensor([0, 2, 1, 2, 2])
probs = torch.softmax(z, dim=1)

nll_hand = -torch.log(probs[torch.arange(N), y]).mean()
nll_dist = -Categorical(logits=z).log_prob(y).mean()
ce = F.cross_entropy(z, y)
print("probability of the true class:",
      [round(v, 4) for v in probs[torch.arange(N), y].tolist()])
print(f"NLL by hand: {nll_hand.item():.6f}")
print(f"-Categorical(logits=z).log_prob(y): {nll_dist.item():.6f}")
print(f"F.cross_entropy(z, y): {ce.item():.6f}")
assert torch.isclose(nll_hand, nll_dist) and torch.isclose(nll_hand, ce)
print("check: categorical NLL == cross-entropy")

(grad,) = torch.autograd.grad(nll_hand, z)
by_hand = (probs - F.one_hot(y, K)).detach() / N
print("dNLL/dz, first example (autograd):", [round(v, 4) for v in grad[0].tolist()])
print("(softmax(z) - one_hot(y)) / N, first:",
      [round(v, 4) for v in by_hand[0].tolist()])
assert torch.allclose(grad, by_hand)
print("check: autograd == (softmax(z) - one_hot(y)) / N")
