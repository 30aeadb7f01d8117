"""Check: gradient descent in code agrees with the math.

Compares the hand-derived gradient with autograd; the three implementations of the
update (by hand, autograd, torch.optim.SGD) step by step; the limit with the normal
equations; and the error recursion u_k = (I - lr H)^k u_0 with its bound
lr < 2/lambda_max. The three runs are built first (folded on the page); the checks
follow.
"""
# --8<-- [start:runs]
import torch
from torch import nn

torch.manual_seed(0)
N = 100
x = 2 * torch.rand(N)
y = 2 * x + 1 + 0.3 * torch.randn(N)
lr = 0.2
num_epochs = 100


def hand_gradient(w, b):
    error = w * x + b - y
    return 2 * (error * x).mean(), 2 * error.mean()


random_points = torch.randn(5, 2)
autograd_grads, hand_grads = [], []
for w0, b0 in random_points:
    w = w0.clone().requires_grad_()
    b = b0.clone().requires_grad_()
    ((w * x + b - y) ** 2).mean().backward()
    autograd_grads.append(torch.stack([w.grad, b.grad]))
    hand_grads.append(torch.stack(hand_gradient(w0, b0)))

w, b = torch.tensor(0.0), torch.tensor(0.0)
by_hand = [(w, b)]
for _ in range(num_epochs):
    dw, db = hand_gradient(w, b)
    w, b = w - lr * dw, b - lr * db
    by_hand.append((w, b))
by_hand = torch.tensor(by_hand)

w = torch.tensor(0.0, requires_grad=True)
b = torch.tensor(0.0, requires_grad=True)
with_autograd = [(w.item(), b.item())]
for _ in range(num_epochs):
    ((w * x + b - y) ** 2).mean().backward()
    with torch.no_grad():
        w -= lr * w.grad
        b -= lr * b.grad
    w.grad.zero_()
    b.grad.zero_()
    with_autograd.append((w.item(), b.item()))
with_autograd = torch.tensor(with_autograd)

model = nn.Linear(1, 1)
nn.init.zeros_(model.weight)
nn.init.zeros_(model.bias)
optimizer = torch.optim.SGD(model.parameters(), lr=lr)
with_optim = [(0.0, 0.0)]
for _ in range(num_epochs):
    optimizer.zero_grad()
    nn.functional.mse_loss(model(x.unsqueeze(1)), y.unsqueeze(1)).backward()
    optimizer.step()
    with_optim.append((model.weight.item(), model.bias.item()))
with_optim = torch.tensor(with_optim)
# --8<-- [end:runs]

# --8<-- [start:checks]
for by_autograd, by_formula in zip(autograd_grads, hand_grads):
    assert torch.allclose(by_autograd, by_formula)
print("check: hand-derived dL/dw, dL/db == autograd at 5 random points")

assert torch.allclose(by_hand, with_autograd, atol=1e-5)
assert torch.allclose(by_hand, with_optim, atol=1e-5)
assert len(by_hand) == num_epochs + 1 == 101
print(f"check: by hand == autograd == torch.optim.SGD for all {num_epochs + 1} points")

xd, yd = x.double(), y.double()
A = torch.stack([xd, torch.ones(N, dtype=torch.float64)], dim=1)
theta_star = torch.linalg.solve(A.T @ A, A.T @ yd)
print(f"normal equations: w* = {theta_star[0]:.4f}, b* = {theta_star[1]:.4f}")
print(f"gradient descent after {num_epochs} epochs: w = {by_hand[-1, 0]:.4f}, "
      f"b = {by_hand[-1, 1]:.4f}")
assert torch.allclose(by_hand[-1].double(), theta_star, atol=1e-3)
print("check: gradient descent reaches the solution of grad L = 0")

H = 2 * A.T @ A / N
e0 = torch.zeros(2, dtype=torch.float64) - theta_star
theta = torch.zeros(2, dtype=torch.float64)
for k in range(1, 21):
    theta = theta - lr * 2 * A.T @ (A @ theta - yd) / N
    M = torch.eye(2, dtype=torch.float64) - lr * H
    predicted = torch.linalg.matrix_power(M, k) @ e0
    assert torch.allclose(theta - theta_star, predicted)
print("check: theta_k - theta* == (I - lr H)^k (theta_0 - theta*) for k = 1..20")

lr_critical = 2 / torch.linalg.eigvalsh(H)[-1]
print(f"2/lambda_max = {lr_critical:.4f}")
for factor in (0.99, 1.01):
    theta = torch.zeros(2, dtype=torch.float64)
    for _ in range(3000):
        theta = theta - factor * lr_critical * 2 * A.T @ (A @ theta - yd) / N
    distance = (theta - theta_star).norm().item()
    assert (distance < 1e-6) if factor < 1 else (distance > 1e6)
    verdict = "below 1e-6" if factor < 1 else "above 1e6"
    print(f"lr = {factor} x 2/lambda_max: after 3000 epochs, distance {verdict}")
print("check: below 2/lambda_max it converges, above it diverges")
# --8<-- [end:checks]
