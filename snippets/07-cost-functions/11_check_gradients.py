"""Check: autograd agrees with the gradients derived by hand in this chapter.

For the MSE of a line fit, the 1/2 convention, the MAE, sigmoid + binary cross-entropy
and softmax + cross-entropy, the gradient autograd computes is compared with the formula
from the page. At the least-squares solution the gradient must vanish.
"""
# --8<-- [start:regression]
import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(0)
N, K = 16, 3
x = torch.randn(N, dtype=torch.float64)
y = 3 * x - 1 + 0.5 * torch.randn(N, dtype=torch.float64)

w = torch.tensor(0.7, dtype=torch.float64, requires_grad=True)
b = torch.tensor(0.2, dtype=torch.float64, requires_grad=True)
y_hat = w * x + b
L = nn.MSELoss()(y_hat, y)
dw, db = torch.autograd.grad(L, (w, b))
dw_hand = 2 / N * ((y_hat - y) * x).sum()
db_hand = 2 / N * (y_hat - y).sum()
print(f"MSE   dL/dw: autograd {dw:10.6f}   by hand {dw_hand:10.6f}")
print(f"MSE   dL/db: autograd {db:10.6f}   by hand {db_hand:10.6f}")
assert torch.allclose(dw, dw_hand) and torch.allclose(db, db_hand)

L_half = 0.5 * nn.MSELoss()(w * x + b, y)
dw_half, db_half = torch.autograd.grad(L_half, (w, b))
assert torch.allclose(dw_half, dw / 2) and torch.allclose(db_half, db / 2)
print("check: MSE gradient == (2/N) sum (y_hat - y) * (x, 1)")
print("check: with the 1/2 in front, exactly half of it")

y_hat = (w * x + b).detach().requires_grad_()
(g,) = torch.autograd.grad(nn.L1Loss()(y_hat, y), y_hat)
assert torch.allclose(g, torch.sign(y_hat - y) / N)
print("check: MAE gradient w.r.t. y_hat == sign(y_hat - y) / N")

x_bar, y_bar = x.mean(), y.mean()
w_star = ((x - x_bar) * (y - y_bar)).sum() / ((x - x_bar) ** 2).sum()
b_star = y_bar - w_star * x_bar
w_s = w_star.clone().requires_grad_()
b_s = b_star.clone().requires_grad_()
grads = torch.autograd.grad(nn.MSELoss()(w_s * x + b_s, y), (w_s, b_s))
print(f"closed form w* = {w_star:.4f}, b* = {b_star:.4f}")
assert all(abs(g_i) < 1e-12 for g_i in grads)
print("check: autograd gradient at (w*, b*) is zero")

# --8<-- [end:regression]

# --8<-- [start:classification]
z = torch.randn(N, dtype=torch.float64, requires_grad=True)
t = torch.randint(0, 2, (N,)).to(torch.float64)
(g,) = torch.autograd.grad(nn.BCEWithLogitsLoss()(z, t), z)
assert torch.allclose(g, (torch.sigmoid(z) - t) / N)
print("check: BCEWithLogitsLoss gradient w.r.t. z == (sigmoid(z) - y) / N")

logits = torch.randn(N, K, dtype=torch.float64, requires_grad=True)
labels = torch.randint(0, K, (N,))
(g,) = torch.autograd.grad(nn.CrossEntropyLoss()(logits, labels), logits)
by_hand = (torch.softmax(logits, dim=1) - F.one_hot(labels, K)) / N
assert torch.allclose(g, by_hand)
print("check: CrossEntropyLoss gradient w.r.t. logits == (softmax(z) - one_hot(y)) / N")
# --8<-- [end:classification]
