"""Exercise 2: how the learning rate decides between slow, one-step and diverging."""
import torch

x, y = 30.2, 10.5
w_star = y / x
critical = 1 / x**2
for lr in [0.0001, 1 / (2 * x**2), 0.001, 0.0012]:
    w = torch.tensor(0.2, dtype=torch.float64, requires_grad=True)
    losses = []
    for _ in range(5):
        loss = (w * x - y) ** 2
        losses.append(loss.item())
        loss.backward()
        with torch.no_grad():
            w -= lr * w.grad
        w.grad.zero_()
    factor = 1 - 2 * lr * x**2
    if lr == 0.0001:
        assert f"{losses[0]:.4f} {losses[1]:.4f}" == "19.8916 13.2967"
    print(f"lr = {lr:.4g}  factor = {factor:+.4f}  losses: "
          + " ".join(f"{v:9.4f}" for v in losses))
    if lr == 1 / (2 * x**2):
        assert abs(w.item() - w_star) < 1e-12 and losses[1] < 1e-20
    assert (losses[-1] > losses[0]) == (lr > critical)
print(f"one-step learning rate 1 / (2 x^2) = {1 / (2 * x**2):.6f}")
print(f"divergence threshold   1 / x^2     = {critical:.6f}")
print("check: the loss grows exactly when lr > 1 / x^2")
