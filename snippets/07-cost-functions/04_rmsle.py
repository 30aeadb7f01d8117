"""RMSE versus RMSLE when targets span orders of magnitude.

Model A is 20 % too high on every item. Model B is exact on the largest item and twice
too high on the four small ones. RMSE looks at absolute errors, so the one large item
decides; RMSLE looks at log ratios, so every item counts by its relative error.
"""
import torch

torch.set_printoptions(precision=2, sci_mode=False)


def rmse(y_hat, y):
    return ((y_hat - y) ** 2).mean().sqrt()


def rmsle(y_hat, y):
    return ((torch.log1p(y_hat) - torch.log1p(y)) ** 2).mean().sqrt()


y = torch.tensor([4.0, 40.0, 400.0, 4000.0, 40000.0])
model_a = 1.2 * y
model_b = torch.cat([2.0 * y[:4], y[4:]])
print("target y:  ", y)
print("model A:   ", model_a)
print("model B:   ", model_b)
for name, y_hat in [("A", model_a), ("B", model_b)]:
    print(f"model {name}, RMSE: {rmse(y_hat, y):.0f}")
    print(f"model {name}, RMSLE: {rmsle(y_hat, y):.4f}")

print("same absolute miss of 100 on y = 200:")
y_one = torch.tensor([200.0])
for y_hat in [torch.tensor([300.0]), torch.tensor([100.0])]:
    log_diff = torch.log1p(y_hat) - torch.log1p(y_one)
    label = f"log1p(y_hat) - log1p(y) for y_hat = {y_hat.item():.0f}"
    print(f"{label}: {log_diff.item():.4f}")

print("y = 0 is allowed: log1p(0) =", torch.log1p(torch.tensor(0.0)).item())
