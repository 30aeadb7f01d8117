"""Sigmoid plus binary cross-entropy, four ways.

From logits z and 0/1 targets y: the textbook formula on p = sigmoid(z), nn.BCELoss on
p, nn.BCEWithLogitsLoss on z directly, and the rewritten form softplus(z) - y z that the
logits version is built on. On moderate logits all four agree.
"""
import torch
from torch import nn
import torch.nn.functional as F

torch.set_printoptions(precision=4)
torch.manual_seed(0)
z = 2 * torch.randn(6)
y = torch.tensor([1.0, 0.0, 1.0, 1.0, 0.0, 0.0])
p = torch.sigmoid(z)
print("logits z:       ", z)
print("p = sigmoid(z): ", p)
print("targets y:      ", y)

per_example = -(y * torch.log(p) + (1 - y) * torch.log(1 - p))
print("per-example BCE:", per_example)
print(f"third example, logit: {z[2]:.3f}")
print(f"third example, p: {p[2]:.4f}")
print(f"third example, loss: {per_example[2]:.3f}")

bce_by_hand = per_example.mean()
bce_loss = nn.BCELoss()(p, y)
bce_logits = nn.BCEWithLogitsLoss()(z, y)
bce_softplus = (F.softplus(z) - y * z).mean()
print(f"BCE by hand on p:             {bce_by_hand:.4f}")
print(f"nn.BCELoss on p:              {bce_loss:.4f}")
print(f"nn.BCEWithLogitsLoss on z:    {bce_logits:.4f}")
print(f"mean of softplus(z) - y z:    {bce_softplus:.4f}")
assert torch.allclose(bce_by_hand, bce_loss)
assert torch.allclose(bce_by_hand, bce_logits)
assert torch.allclose(bce_by_hand, bce_softplus)
print("check: all four agree")
