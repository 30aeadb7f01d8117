"""One formula, three ways: literal loops, tensor expressions and the hand computation.

For X in R^(3x2), y in R^3 and w in R^2, the prediction y_hat^(i) = sum_j w_j x_j^(i),
the loss L(w) = (1/N) sum_i (y_hat^(i) - y^(i))^2 and its gradient are computed as the
symbols read (plain Python loops over i and j), as tensor code with autograd, and
compared with the values worked out by hand on the page.
"""
import math

import torch

X_rows = [[1.0, 2.0], [0.0, 1.0], [2.0, 0.0]]
y_list = [5.0, 2.0, 4.0]
w_list = [1.0, 1.0]
N, d = len(X_rows), len(w_list)

y_hat_loop = [sum(w_list[j] * X_rows[i][j] for j in range(d)) for i in range(N)]
errors = [y_hat_loop[i] - y_list[i] for i in range(N)]
loss_loop = sum(errors[i] ** 2 for i in range(N)) / N
grad_loop = [2 / N * sum(errors[i] * X_rows[i][j] for i in range(N)) for j in range(d)]
x_bar_loop = [sum(X_rows[i][j] for i in range(N)) / N for j in range(d)]

X = torch.tensor(X_rows)
y = torch.tensor(y_list)
w = torch.tensor(w_list, requires_grad=True)
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

by_hand_y_hat = [3.0, 1.0, 2.0]
by_hand_loss = (4 + 1 + 4) / 3
by_hand_grad = [-4.0, -10 / 3]
assert y_hat_loop == y_hat.tolist() == by_hand_y_hat
assert loss_loop == by_hand_loss and math.isclose(loss.item(), by_hand_loss)
assert torch.allclose(w.grad, torch.tensor(grad_loop))
assert torch.allclose(w.grad, torch.tensor(by_hand_grad))
assert math.isclose(torch.linalg.norm(w.grad).item(), math.sqrt(244) / 3, rel_tol=1e-6)
assert x_bar_loop == x_bar.tolist() == [1.0, 1.0]
print("check: loops == tensors == autograd == hand values for y_hat, L, grad L, x_bar")
