"""Exercise 1: ten update steps, checked against L_k = L_0 (1 - 2 lr x^2)^(2k)."""
import torch

w = torch.tensor(0.2, requires_grad=True, dtype=torch.float64)
x = torch.tensor(30.2, dtype=torch.float64)
y = torch.tensor(10.5, dtype=torch.float64)
lr = 0.0001
factor = 1 - 2 * lr * x.item() ** 2
L0 = ((w * x - y) ** 2).item()

num_steps = 10
for k in range(1, num_steps + 1):
    loss = (w * x - y) ** 2
    loss.backward()
    with torch.no_grad():
        w -= lr * w.grad
    w.grad.zero_()
    with torch.no_grad():
        new_loss = ((w * x - y) ** 2).item()
    closed_form = L0 * factor ** (2 * k)
    print(f"step {k:2d}: L = {new_loss:.4f}  closed form = {closed_form:.4f}")
    assert abs(new_loss - closed_form) < 1e-10
print(f"w after {num_steps} steps = {w.item():.4f},  w* = y / x = {(y / x).item():.4f}")
assert f"{L0 * factor**2:.4f} {w.item():.4f}" == "13.2967 0.3280"
assert f"{(y / x).item():.4f} {new_loss:.4f}" == "0.3477 0.3543"
print("check: every loss matches the closed form")
