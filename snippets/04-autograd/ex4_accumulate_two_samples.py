"""Exercise 4: accumulation as a feature: two backward() calls sum the gradients."""
import torch

samples = [(30.2, 10.5), (12.0, 4.0)]

w = torch.tensor(0.2, requires_grad=True, dtype=torch.float64)
for x, t in samples:
    ((t - w * x) ** 2).backward()
accumulated = w.grad.clone()

v = torch.tensor(0.2, requires_grad=True, dtype=torch.float64)
total = sum((t - v * x) ** 2 for x, t in samples)
total.backward()

by_hand = sum(-2 * x * (t - 0.2 * x) for x, t in samples)
print(f"two backward() calls, accumulated: {accumulated.item():.4f}")
print(f"one backward() of the summed loss: {v.grad.item():.4f}")
print(f"sum of -2 x (t - w x) by hand:     {by_hand:.4f}")
assert torch.allclose(accumulated, v.grad)
assert abs(accumulated.item() - by_hand) < 1e-10
print("check: accumulated gradient == gradient of the sum == hand formula")
