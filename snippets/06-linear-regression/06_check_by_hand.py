"""Check: autograd, the hand-derived gradient and nn.Linear follow the same path.

The gradient of the MSE cost is computed three ways from w = b = 0: autograd with
optim.SGD, the formulas derived in the text, and a zero-initialized nn.Linear. The
recorded rows (w, b, cost and the two gradients at each of the 1001 states that
1000 updates pass through) must agree, and the first step must match the numbers
worked out by hand.
"""
# --8<-- [start:paths]
import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.optim as optim

torch.manual_seed(0)

x_train = torch.tensor([[1.0], [2.0], [3.0]])
y_train = torch.tensor([[2.0], [4.0], [6.0]])
N, lr, num_epochs = len(x_train), 0.01, 1000


def with_autograd():
    w = torch.zeros(1, requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    optimizer = optim.SGD([w, b], lr=lr)
    path = []
    for epoch in range(num_epochs + 1):
        cost = torch.mean((x_train * w + b - y_train) ** 2)
        optimizer.zero_grad()
        cost.backward()
        path.append([w.item(), b.item(), cost.item(), w.grad.item(), b.grad.item()])
        if epoch == num_epochs:  # 1001 recorded states, 1000 updates
            break
        optimizer.step()
    return torch.tensor(path)


def by_hand():
    w, b = 0.0, 0.0
    path = []
    for epoch in range(num_epochs + 1):
        error = w * x_train + b - y_train
        cost = torch.mean(error ** 2)
        grad_w = 2 / N * torch.sum(error * x_train)
        grad_b = 2 / N * torch.sum(error)
        path.append([w, b, cost.item(), grad_w.item(), grad_b.item()])
        if epoch == num_epochs:  # 1001 recorded states, 1000 updates
            break
        w = w - lr * grad_w.item()
        b = b - lr * grad_b.item()
    return torch.tensor(path)


def with_nn_linear():
    model = nn.Linear(1, 1)
    with torch.no_grad():
        model.weight.zero_()
        model.bias.zero_()
    optimizer = optim.SGD(model.parameters(), lr=lr)
    path = []
    for epoch in range(num_epochs + 1):
        cost = F.mse_loss(model(x_train), y_train)
        optimizer.zero_grad()
        cost.backward()
        path.append([model.weight.item(), model.bias.item(), cost.item(),
                     model.weight.grad.item(), model.bias.grad.item()])
        if epoch == num_epochs:  # 1001 recorded states, 1000 updates
            break
        optimizer.step()
    return torch.tensor(path)
# --8<-- [end:paths]


# --8<-- [start:checks]
auto, hand, layer = with_autograd(), by_hand(), with_nn_linear()
print("recorded (w, b, cost, dw, db) rows:", tuple(auto.shape))

assert torch.allclose(auto, hand, atol=1e-5)
print("check: autograd path == hand-derived path (all 1001 states)")
assert torch.allclose(auto, layer, atol=1e-5)
print("check: nn.Linear path == autograd path (all 1001 states)")

first = hand[0]
print(f"epoch 0 by hand: cost {first[2]:.4f}, dw {first[3]:.4f}, db {first[4]:.4f}")
assert torch.allclose(first[2:], torch.tensor([56 / 3, -56 / 3, -8.0]))
print("check: epoch 0 matches cost = 56/3, dw = -56/3, db = -8")
assert torch.allclose(hand[1, :2], torch.tensor([0.56 / 3, 0.08]))
print(f"after one update: w = {hand[1, 0]:.4f}, b = {hand[1, 1]:.4f}")
print("check: first update matches w = 0.56/3, b = 0.08")
# --8<-- [end:checks]
