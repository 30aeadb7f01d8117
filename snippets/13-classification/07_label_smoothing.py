"""Label smoothing: cross-entropy against a softened one-hot target.

With label_smoothing=eps, nn.CrossEntropyLoss replaces the one-hot target q by
(1 - eps) q + eps / K. The loss then equals (1 - eps) times the usual cross-entropy
plus eps times the mean of -log p_k over all K classes, and its gradient with respect
to the logits is p minus the softened target.
"""
import torch
from torch import nn

torch.manual_seed(0)
torch.set_default_dtype(torch.float64)
N, K, eps = 6, 3, 0.1
z = torch.randn(N, K, requires_grad=True)
y = torch.tensor([0, 1, 2, 2, 1, 0])

smoothed = nn.CrossEntropyLoss(label_smoothing=eps)(z, y)
log_p = torch.log_softmax(z, dim=1)
plain = -log_p[torch.arange(N), y].mean()
by_hand = (1 - eps) * plain + eps * (-log_p.mean(dim=1)).mean()
print(f"cross-entropy: {plain.item():.4f}")
print(f"with label_smoothing={eps}: {smoothed.item():.4f}  by hand: {by_hand.item():.4f}")
assert torch.allclose(smoothed, by_hand)

smoothed.backward()
q = torch.nn.functional.one_hot(y, K) * (1 - eps) + eps / K
print("softened target of the first example:", [round(v, 4) for v in q[0].tolist()])
assert torch.allclose(z.grad, (torch.softmax(z, dim=1) - q) / N)
print("check: loss = (1 - eps) CE + eps mean_k(-log p_k); gradient = (p - q_smooth) / N")

big = torch.tensor([[0.0, 30.0, 0.0]])
for e in (0.0, eps):
    loss = nn.CrossEntropyLoss(label_smoothing=e)(big, torch.tensor([1]))
    print(f"loss of confident correct logits, label_smoothing={e}: {loss.item():.4f}")
