"""Dying ReLU: a unit whose input is negative for every example stops learning for good.

We imitate one bad, too-large update by pushing the biases of 8 of the 32 hidden units
down by 4. With ReLU those units output 0 on every example, so their gradient is exactly
0 and training never changes them. With Leaky ReLU the same units still get a gradient.
"""
import torch
from torch import nn

torch.manual_seed(0)
X = torch.randn(256, 10)
y = torch.sin(X[:, :1]) + 0.5 * X[:, 1:2]
knocked = slice(0, 8)

for activation in (nn.ReLU(), nn.LeakyReLU(0.01)):
    torch.manual_seed(1)
    hidden = nn.Linear(10, 32)
    model = nn.Sequential(hidden, activation, nn.Linear(32, 1))
    with torch.no_grad():
        hidden.bias[knocked] -= 4.0
        negative_everywhere = (hidden(X) <= 0).all(dim=0)
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
        still_negative = (hidden(X) <= 0).all(dim=0)
    name = type(activation).__name__
    print(f"{name}: units with z <= 0 on all 256 examples: "
          f"{int(negative_everywhere.sum())} of 32 before training, "
          f"{int(still_negative.sum())} after")
    print(f"  largest |dL/dW| of those units at step 0: {first_grad:.2e}")
    print(f"  largest change of their weights in 200 steps: {change:.2e}")
    print(f"  final loss: {loss.item():.4f}")
    if name == "ReLU":
        assert first_grad == 0.0 and change == 0.0
    else:
        assert first_grad > 0.0 and change > 0.0
print("check: dead ReLU units get exactly zero gradient; Leaky ReLU units do not")
