"""Exercise 3: accuracy has no useful gradient, so we train on cross-entropy.

A one-feature model z = w x + b with w = 1 on five points. Moving b a little leaves the
accuracy unchanged (a flat step) while the BCE changes smoothly; the accuracy jumps only
when a point crosses the boundary. A thresholded tensor is also cut off from autograd.
"""
import torch
from torch import nn

x = torch.tensor([-2.0, -1.0, 0.5, 1.0, 2.0])
y = torch.tensor([0.0, 0.0, 0.0, 1.0, 1.0])
w = 1.0
for b in [0.0, -0.25, -0.49, -0.51, -0.75]:
    z = w * x + b
    accuracy = ((z >= 0).float() == y).float().mean()
    bce = nn.BCEWithLogitsLoss()(z, y)
    print(f"b = {b:5.2f}: accuracy = {accuracy:.4f}, BCE = {bce:.4f}")

b = torch.tensor(0.0, requires_grad=True)
z = w * x + b
accuracy = ((z >= 0).float() == y).float().mean()
print("accuracy.requires_grad:", accuracy.requires_grad)
try:
    accuracy.backward()
except RuntimeError as error:
    print("accuracy.backward() fails:", str(error).splitlines()[0])
nn.BCEWithLogitsLoss()(z, y).backward()
print(f"dBCE/db = {b.grad.item():.4f}")
assert not accuracy.requires_grad
assert torch.isclose(b.grad, (torch.sigmoid(z) - y).mean())
print("check: the accuracy is not differentiable; dBCE/db == mean(sigmoid(z) - y)")
