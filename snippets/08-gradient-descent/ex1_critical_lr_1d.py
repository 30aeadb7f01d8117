"""Exercise 1: the critical learning rate of the one-parameter cost.

For L(w) = mean((w x - y)^2) with x = (1, 2, 3) we have L''(w) = 2 mean(x^2) = 28/3, so
w_k - w* = (1 - lr L'')^k (w_0 - w*): gradient descent converges iff lr < 2/L'' = 3/14,
and lr = 1/L'' = 3/28 lands on w* in one step.
"""
import torch

x = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64)
y = torch.tensor([2.0, 4.0, 7.0], dtype=torch.float64)
w_star = (x * y).sum() / (x * x).sum()
curvature = 2 * (x * x).mean()
print(f"L''(w) = {curvature:.4f} (28/3 = {28 / 3:.4f})")
print(f"critical lr 2/L'' = {2 / curvature:.4f} (3/14 = {3 / 14:.4f})")
assert abs(2 / curvature - 0.2143) < 5e-5


def run(lr, num_steps):
    w = torch.tensor(0.0, dtype=torch.float64)
    for _ in range(num_steps):
        w = w - lr * 2 * ((w * x - y) * x).mean()
    return w


num_steps = 20
for lr in (0.05, 3 / 28, 0.2, 0.21, 0.22):
    ratio = (abs(run(lr, num_steps) - w_star) / w_star).item()
    factor = abs(1 - lr * curvature).item()
    print(f"lr = {lr:.4f}: |1 - lr L''| = {factor:.4f}, "
          f"|w_{num_steps} - w*| / |w_0 - w*| = {ratio:.3e}")
    assert abs(ratio - factor**num_steps) <= 1e-6 * factor**num_steps + 1e-12

assert torch.isclose(run(3 / 28, 1), w_star)
print("check: |w_k - w*| = |1 - lr L''|^k |w_0 - w*| for every lr above")
print("check: lr = 1/L'' = 3/28 reaches w* in one step")
