"""One formula, three ways: literal loops, tensor expressions and the hand computation.

For X in R^(3x2), y in R^3 and w in R^2: y_hat_i = sum_j w_j x_ij, the loss
L(w) = (1/N) sum_i (y_hat_i - y_i)^2 and its gradient, computed as the symbols read
(loops over i and j), as tensor code with autograd, and by hand.
"""
import math

import torch

X_rows, y_list, w_list = [[1.0, 2.0], [0.0, 1.0], [2.0, 0.0]], [5.0, 2.0, 4.0], [1, 1]
N, d = len(X_rows), len(w_list)

y_hat_loop = [sum(w_list[j] * X_rows[i][j] for j in range(d)) for i in range(N)]
errors = [y_hat_loop[i] - y_list[i] for i in range(N)]
loss_loop = sum(errors[i] ** 2 for i in range(N)) / N
grad_loop = [2 / N * sum(errors[i] * X_rows[i][j] for i in range(N)) for j in range(d)]
x_bar_loop = [sum(X_rows[i][j] for i in range(N)) / N for j in range(d)]

X, y = torch.tensor(X_rows), torch.tensor(y_list)
w = torch.tensor(w_list, dtype=torch.float32, requires_grad=True)
y_hat = X @ w
loss = ((y_hat - y) ** 2).mean()
loss.backward()
x_bar = X.mean(dim=0)

print("y_hat  (loops):", y_hat_loop, "  (tensor):", y_hat.tolist())
print(f"L(w)   (loops): {loss_loop:.4f}   (tensor): {loss.item():.4f}")
print("grad L (loops):", [round(g, 4) for g in grad_loop],
      "  (autograd):", [round(g, 4) for g in w.grad.tolist()])
print(f"||grad L||:     {torch.linalg.norm(w.grad):.4f}")
print("x_bar  (loops):", x_bar_loop, "  (tensor):", x_bar.tolist())

assert y_hat_loop == y_hat.tolist() == [3.0, 1.0, 2.0]
assert loss_loop == 3 and math.isclose(loss.item(), (4 + 1 + 4) / 3)
assert torch.allclose(w.grad, torch.tensor(grad_loop))
assert torch.allclose(w.grad, torch.tensor([-4.0, -10 / 3]))
assert math.isclose(torch.linalg.norm(w.grad).item(), math.sqrt(244) / 3, rel_tol=1e-6)
assert x_bar_loop == x_bar.tolist() == [1.0, 1.0]
print("check: loops == tensors == autograd == hand values for y_hat, L, grad L, x_bar")
