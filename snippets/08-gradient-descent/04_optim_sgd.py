"""Gradient descent with torch.optim.SGD.

The same fit once more, now with `nn.Linear`, `nn.MSELoss` and an optimizer. The loop is
the pattern used for the rest of the book: zero_grad -> forward -> backward -> step.
"""
import torch
from torch import nn

torch.manual_seed(0)
N = 100
x = 2 * torch.rand(N)
y = 2 * x + 1 + 0.3 * torch.randn(N)
X = x.unsqueeze(1)
Y = y.unsqueeze(1)

model = nn.Linear(1, 1)
nn.init.zeros_(model.weight)
nn.init.zeros_(model.bias)
loss_fn = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.2)
num_epochs = 100

for epoch in range(num_epochs + 1):
    optimizer.zero_grad()
    cost = loss_fn(model(X), Y)
    cost.backward()
    if epoch % 20 == 0:
        w, b = model.weight.item(), model.bias.item()
        print(f"epoch {epoch:3d}: w = {w:.4f}  b = {b:.4f}  cost = {cost:.4f}  "
              f"dL/dw = {model.weight.grad.item():8.4f}  "
              f"dL/db = {model.bias.grad.item():8.4f}")
    optimizer.step()
