"""Gradient clipping and a learning-rate schedule, two habits of longer training runs.

clip_grad_norm_ rescales all gradients together when their joint norm exceeds a limit,
so one huge gradient cannot throw the weights far away; the direction is kept. StepLR
multiplies the learning rate by gamma every step_size epochs.
"""
import math

import torch
from torch import nn

torch.manual_seed(0)
torch.set_default_dtype(torch.float64)

model = nn.Linear(3, 1)
x, y = torch.randn(8, 3), 1000 * torch.randn(8, 1)
nn.functional.mse_loss(model(x), y).backward()
before = [p.grad.clone() for p in model.parameters()]
norm = math.sqrt(sum(g.pow(2).sum().item() for g in before))
returned = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
after = math.sqrt(sum(p.grad.pow(2).sum().item() for p in model.parameters()))
print(f"gradient norm before clipping: {norm:.1f}")
print(f"gradient norm after clipping: {after:.4f}")
assert math.isclose(returned.item(), norm)
assert math.isclose(after, 1.0, rel_tol=1e-5)
for g, p in zip(before, model.parameters()):
    assert torch.allclose(p.grad, g / norm)
print("check: clipping scales every gradient by max_norm / norm, same direction")

optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=3, gamma=0.5)
rates = []
for epoch in range(9):
    rates.append(optimizer.param_groups[0]["lr"])
    optimizer.step()  # a real loop trains one whole epoch here
    scheduler.step()
print("learning rate per epoch:", rates)
assert rates == [0.1 * 0.5 ** (epoch // 3) for epoch in range(9)]
print("check: StepLR gives eta_e = eta_0 * gamma^floor(e / step_size)")
