"""Exercise 4: accumulating gradients on purpose over micro-batches.

Four backward passes over four quarters of a batch, each loss divided by 4 and no
zero_grad() in between, leave in .grad exactly the gradient of the full-batch MSE.
"""
import torch
from torch import nn

torch.manual_seed(0)
X = torch.randn(32, 3)
y = torch.randn(32, 1)
model = nn.Linear(3, 1)

nn.functional.mse_loss(model(X), y).backward()
full = [p.grad.clone() for p in model.parameters()]

model.zero_grad()
num_chunks = 4
for X_part, y_part in zip(X.chunk(num_chunks), y.chunk(num_chunks)):
    (nn.functional.mse_loss(model(X_part), y_part) / num_chunks).backward()
accumulated = [p.grad for p in model.parameters()]

torch.set_printoptions(precision=4)
print("weight grad, full batch:  ", full[0])
print("weight grad, accumulated: ", accumulated[0])
for g_full, g_acc in zip(full, accumulated):
    assert torch.allclose(g_full, g_acc, atol=1e-6)
print("check: sum of the 4 scaled micro-batch gradients == full-batch gradient")
