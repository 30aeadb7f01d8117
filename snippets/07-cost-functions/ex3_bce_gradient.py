"""Exercise 3: the derivative of binary cross-entropy with respect to the logit.

For one example, l(z, y) = softplus(z) - y z, so dl/dz = sigmoid(z) - y. Autograd
through nn.BCEWithLogitsLoss confirms it for several logits and both targets.
"""
import torch
from torch import nn

for target in [0.0, 1.0]:
    for value in [-3.0, -0.5, 0.0, 2.0]:
        z = torch.tensor([value], dtype=torch.float64, requires_grad=True)
        y = torch.tensor([target], dtype=torch.float64)
        (g,) = torch.autograd.grad(nn.BCEWithLogitsLoss()(z, y), z)
        by_hand = torch.sigmoid(z) - y
        print(f"y = {target:.0f}, z = {value:5.2f}: autograd {g.item():8.4f}   "
              f"sigmoid(z) - y {by_hand.item():8.4f}")
        assert torch.allclose(g, by_hand)
print("check: dl/dz == sigmoid(z) - y")
