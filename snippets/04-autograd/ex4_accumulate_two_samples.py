"""Exercise 4: accumulation as a feature: two backward() calls sum the gradients."""
import torch

examples = [(30.2, 10.5), (12.0, 4.0)]

w = torch.tensor(0.2, requires_grad=True, dtype=torch.float64)
for x, y in examples:
    ((w * x - y) ** 2).backward()
accumulated = w.grad.clone()

v = torch.tensor(0.2, requires_grad=True, dtype=torch.float64)
total = sum((v * x - y) ** 2 for x, y in examples)
total.backward()

by_hand = sum(2 * x * (0.2 * x - y) for x, y in examples)
print(f"two backward() calls, accumulated: {accumulated.item():.4f}")
print(f"one backward() of the summed loss: {v.grad.item():.4f}")
print(f"sum of 2 x (w x - y) by hand:      {by_hand:.4f}")
assert torch.allclose(accumulated, v.grad)
assert abs(accumulated.item() - by_hand) < 1e-10
print("check: accumulated gradient == gradient of the sum == hand formula")
