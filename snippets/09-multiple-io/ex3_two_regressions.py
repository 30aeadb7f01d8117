"""Exercise 3: nn.Linear(3, 2) is two independent regressions sharing one loss.

F.mse_loss averages over all N * K = 10 entries, so each output's gradient is half of
what a separate nn.Linear(3, 1) on that output alone would get. With half the learning
rate, two separate layers started from the same values follow the same path.
"""
# --8<-- [start:train]
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)

X = torch.tensor([[73.0, 67.0, 43.0],
                  [91.0, 88.0, 64.0],
                  [87.0, 134.0, 58.0],
                  [102.0, 43.0, 37.0],
                  [69.0, 96.0, 70.0]])
Y = torch.tensor([[56.0, 70.0],
                  [81.0, 101.0],
                  [119.0, 133.0],
                  [22.0, 37.0],
                  [103.0, 119.0]])
X_std = (X - X.mean(dim=0)) / X.std(dim=0, correction=0)

joint = nn.Linear(3, 2)
apples, oranges = nn.Linear(3, 1), nn.Linear(3, 1)
with torch.no_grad():
    for j, single in enumerate([apples, oranges]):
        single.weight.copy_(joint.weight[j:j + 1])
        single.bias.copy_(joint.bias[j:j + 1])
# --8<-- [end:train]

# --8<-- [start:compare]
lr = 0.1
opt_joint = torch.optim.SGD(joint.parameters(), lr=lr)
opt_single = torch.optim.SGD([*apples.parameters(), *oranges.parameters()], lr=lr / 2)
for epoch in range(200):
    loss_joint = F.mse_loss(joint(X_std), Y)
    loss_apples = F.mse_loss(apples(X_std), Y[:, :1])
    loss_oranges = F.mse_loss(oranges(X_std), Y[:, 1:])
    assert torch.isclose(loss_joint, (loss_apples + loss_oranges) / 2)
    for optimizer, loss in [(opt_joint, loss_joint),
                            (opt_single, loss_apples + loss_oranges)]:
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    stacked = torch.cat([apples.weight, oranges.weight])
    assert torch.allclose(joint.weight, stacked, atol=1e-4)
print("check: joint loss == mean of the two single-output losses, every epoch")
print("check: nn.Linear(3, 2) with lr == two nn.Linear(3, 1) with lr/2, every epoch")
print("joint weight row 0:  ", [round(v, 3) for v in joint.weight[0].tolist()])
print("apples-only weight:  ", [round(v, 3) for v in apples.weight[0].tolist()])
# --8<-- [end:compare]
