"""Why nn.BCEWithLogitsLoss is preferred over sigmoid followed by nn.BCELoss.

A confidently wrong example: target y = 0, logit z large and positive. In float32,
sigmoid(z) rounds to exactly 1 once z passes about 17, so log(1 - p) becomes log(0). The
exact loss is softplus(z), computed here in float64 as the reference.
"""
import torch
from torch import nn
import torch.nn.functional as F

y = torch.tensor([0.0])
print("loss and dloss/dz for y = 0 (float32; exact in float64)")
print("   z     exact     naive   BCELoss  WithLogits   grad BCELoss  grad WithLogits")
for value in [2.0, 10.0, 17.0, 20.0, 40.0]:
    exact = F.softplus(torch.tensor(value, dtype=torch.float64))

    z = torch.tensor([value], requires_grad=True)
    p = torch.sigmoid(z)
    naive = -(y * torch.log(p) + (1 - y) * torch.log(1 - p))
    loss_p = nn.BCELoss()(p, y)
    (grad_p,) = torch.autograd.grad(loss_p, z)

    z2 = torch.tensor([value], requires_grad=True)
    loss_z = nn.BCEWithLogitsLoss()(z2, y)
    (grad_z,) = torch.autograd.grad(loss_z, z2)

    print(f"{value:4.0f}  {exact:8.4f}  {naive.item():8.4f}  {loss_p:8.4f}  "
          f"{loss_z:10.4f}   {grad_p.item():12.4f}  {grad_z.item():15.4f}")
    if value == 10.0:
        naive_at_10, exact_at_10 = naive.item(), exact.item()
    assert abs(loss_z.item() - exact.item()) < 1e-4
    assert abs(grad_z.item() - torch.sigmoid(exact.new_tensor(value)).item()) < 1e-6
print("check: BCEWithLogitsLoss matches the exact loss and its gradient sigmoid(z) - y")

print(f"naive loss at z = 10: {naive_at_10:.4f}")
print(f"exact loss at z = 10: {exact_at_10:.4f}")
print("float32 sigmoid(17) == 1:", torch.sigmoid(torch.tensor(17.0)).item() == 1.0)
print("float32 sigmoid(16) == 1:", torch.sigmoid(torch.tensor(16.0)).item() == 1.0)
log_p = torch.log(torch.sigmoid(torch.tensor(-20.0))).item()
print(f"the other end, float32 log(sigmoid(-20)): {log_p:.4f}")
