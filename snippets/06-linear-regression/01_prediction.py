"""Model and cost on the three-point data set.

Evaluates the prediction y_hat = wx + b and the mean squared error at two points of
the (w, b) plane: the start w = b = 0, whose cost the text derives by hand as 56/3,
and w = 2, b = 0.
"""
import torch

x_train = torch.tensor([[1.0], [2.0], [3.0]])
y_train = torch.tensor([[2.0], [4.0], [6.0]])
print("x_train shape:", tuple(x_train.shape))
print("y_train shape:", tuple(y_train.shape))


def cost_at(w, b):
    y_hat = x_train * w + b
    return y_hat, torch.mean((y_hat - y_train) ** 2)


for w, b in [(0.0, 0.0), (2.0, 0.0)]:
    y_hat, cost = cost_at(torch.tensor(w), torch.tensor(b))
    predictions = y_hat.squeeze(1).tolist()
    print(f"w = {w}, b = {b}:  y_hat = {predictions},  cost = {cost.item():.4f}")

_, cost = cost_at(torch.tensor(0.0), torch.tensor(0.0))
assert torch.isclose(cost, torch.tensor(56 / 3))
print("check: cost at w = b = 0 equals 56/3")
