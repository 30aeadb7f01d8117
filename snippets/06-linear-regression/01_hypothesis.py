"""Hypothesis and cost on the three-point data set.

Evaluates H(x) = Wx + b and the mean squared error at two points of the (W, b)
plane: the start W = b = 0, whose cost the text derives by hand as 56/3,
and W = 2, b = 0.
"""
import torch

x_train = torch.tensor([[1.0], [2.0], [3.0]])
y_train = torch.tensor([[2.0], [4.0], [6.0]])
print("x_train shape:", tuple(x_train.shape))
print("y_train shape:", tuple(y_train.shape))


def cost_at(W, b):
    hypothesis = x_train * W + b
    return hypothesis, torch.mean((hypothesis - y_train) ** 2)


for W, b in [(0.0, 0.0), (2.0, 0.0)]:
    hypothesis, cost = cost_at(torch.tensor(W), torch.tensor(b))
    H = hypothesis.squeeze(1).tolist()
    print(f"W = {W}, b = {b}:  H(x) = {H},  cost = {cost.item():.4f}")

_, cost = cost_at(torch.tensor(0.0), torch.tensor(0.0))
assert torch.isclose(cost, torch.tensor(56 / 3))
print("check: cost at W = b = 0 equals 56/3")
