"""Exercise 5: a sigmoid in front of BCEWithLogitsLoss is applied twice.

For target y = 1 the loss on an input u is softplus(u) - u = log(1 + exp(-u)). Fed with
u = sigmoid(z) in (0, 1) instead of the logit z, the loss is trapped between
log(1 + exp(-1)) and log 2, and the gradient carries the extra factor sigmoid'(z),
which vanishes exactly where the model is confidently wrong (z very negative).
"""
import math

import torch
from torch import nn

loss_fn = nn.BCEWithLogitsLoss()
floor, ceiling = math.log(1 + math.exp(-1)), math.log(2)
print(f"log(1 + exp(-1)) = {floor:.4f},  log 2 = {ceiling:.4f}")
print(f"{'z':>5} | {'loss(z)':>8} {'dL/dz':>10} | "
      f"{'loss(sigmoid(z))':>16} {'dL/dz':>10}")
for value in [-10.0, -5.0, -2.0, 0.0, 2.0, 5.0, 10.0]:
    z = torch.tensor([value], requires_grad=True)
    right = loss_fn(z, torch.ones(1))
    (g_right,) = torch.autograd.grad(right, z)
    wrong = loss_fn(torch.sigmoid(z), torch.ones(1))
    (g_wrong,) = torch.autograd.grad(wrong, z)
    print(f"{value:5.1f} | {right.item():8.4f} {g_right.item():10.2e} | "
          f"{wrong.item():16.4f} {g_wrong.item():10.2e}")
    assert floor - 1e-6 < wrong.item() < ceiling + 1e-6
    s = torch.sigmoid(z.detach())
    assert torch.allclose(g_right, s - 1)
    assert torch.allclose(g_wrong, (torch.sigmoid(s) - 1) * s * (1 - s))
print("check: the doubled loss stays between log(1 + exp(-1)) and log 2, and its")
print("       gradient is (sigmoid(sigmoid(z)) - 1) * sigmoid'(z)")
