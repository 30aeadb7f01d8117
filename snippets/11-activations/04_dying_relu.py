"""Dying ReLU: pushing 8 of 32 biases down by 4 (one bad update) makes those units
output 0 on every example. With ReLU their gradient is exactly 0; with Leaky ReLU not."""
import torch
from torch import nn

torch.manual_seed(0)
X = torch.randn(256, 10)
y = torch.sin(X[:, :1]) + 0.5 * X[:, 1:2]
knocked = slice(0, 8)

for name, activation in (("ReLU", nn.ReLU()), ("LeakyReLU", nn.LeakyReLU(0.01))):
    torch.manual_seed(1)
    hidden = nn.Linear(10, 32)
    model = nn.Sequential(hidden, activation, nn.Linear(32, 1))
    with torch.no_grad():
        hidden.bias[knocked] -= 4.0
        dead_before = int((hidden(X) <= 0).all(dim=0).sum())
    w_before = hidden.weight[knocked].detach().clone()

    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    for step in range(200):
        loss = ((model(X) - y) ** 2).mean()
        optimizer.zero_grad()
        loss.backward()
        if step == 0:
            first_grad = hidden.weight.grad[knocked].abs().max().item()
        optimizer.step()

    change = (hidden.weight[knocked] - w_before).abs().max().item()
    with torch.no_grad():
        dead_after = int((hidden(X) <= 0).all(dim=0).sum())
    print(f"{name}: units with z <= 0 on all 256 examples: "
          f"{dead_before} of 32 before training, {dead_after} after")
    print(f"  largest |dL/dW| of those units at step 0: {first_grad:.2e}")
    print(f"  largest change of their weights in 200 steps: {change:.2e}")
    print(f"  final loss: {loss.item():.4f}")
    assert dead_before == dead_after == 8
    dead = first_grad == 0.0 and change == 0.0
    assert dead if name == "ReLU" else (first_grad > 0.0 and change > 0.0)
print("check: dead ReLU units get exactly zero gradient; Leaky ReLU units do not")
