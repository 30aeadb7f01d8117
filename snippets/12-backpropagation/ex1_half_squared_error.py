"""Exercise 1: with L = (1/2)(y_hat - y)^2 every gradient of the 2-2-1 network halves.

Only the first backward step changes (dL/dy_hat = y_hat - y instead of 2(y_hat - y));
every later gradient is that number times the same local derivatives.
"""
import torch

torch.set_default_dtype(torch.float64)
x = torch.tensor([0.5, -1.0])
y = 1.0


def gradients(half):
    W1 = torch.tensor([[0.1, -0.2], [0.5, 0.5]], requires_grad=True)
    b1 = torch.tensor([0.0, 0.25], requires_grad=True)
    w2 = torch.tensor([0.7, -0.6], requires_grad=True)
    b2 = torch.tensor(0.2, requires_grad=True)
    y_hat = w2 @ torch.sigmoid(W1 @ x + b1) + b2
    loss = 0.5 * (y_hat - y) ** 2 if half else (y_hat - y) ** 2
    loss.backward()
    return {"W1": W1.grad, "b1": b1.grad, "w2": w2.grad, "b2": b2.grad}


full, half = gradients(half=False), gradients(half=True)
for name in full:
    ratio = (half[name] / full[name]).flatten().tolist()
    print(f"d(half L)/d{name} / dL/d{name} =", [f"{r:.4f}" for r in ratio])
    assert torch.allclose(half[name], 0.5 * full[name])
print("check: every gradient of the half squared error is half as large")
