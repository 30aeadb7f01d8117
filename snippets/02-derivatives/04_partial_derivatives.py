"""Partial derivatives of a squared-error cost L(w, b).

Three points, the line w x + b and L(w, b) = mean((w x + b - y)^2). At (w, b) = (1, 0)
the hand-derived partials are -6 and -8/3. Autograd and one-variable differences agree.
"""
import torch

torch.set_default_dtype(torch.float64)
x = torch.tensor([1.0, 2.0, 3.0])
y = torch.tensor([2.0, 3.0, 5.0])


def cost(w, b):
    return ((w * x + b - y) ** 2).mean()


w, b = torch.tensor(1.0, requires_grad=True), torch.tensor(0.0, requires_grad=True)
L = cost(w, b)
L.backward()
print(f"L(1, 0) = {L:.4f}")

e = (w * x + b - y).detach()
dL_dw, dL_db = 2 * (e * x).mean(), 2 * e.mean()
print("residuals e:", e.tolist())
print(f"dL/dw  hand: {dL_dw:.4f}  autograd: {w.grad:.4f}")
print(f"dL/db  hand: {dL_db:.4f}  autograd: {b.grad:.4f}")
assert torch.allclose(w.grad, dL_dw) and torch.allclose(b.grad, dL_db)
assert torch.allclose(w.grad, torch.tensor(-6.0))
assert torch.allclose(b.grad, torch.tensor(-8 / 3))
print("check: autograd == hand-derived partial derivatives")

h = 1e-6
with torch.no_grad():
    dw_numeric = (cost(w + h, b) - cost(w - h, b)) / (2 * h)
    db_numeric = (cost(w, b + h) - cost(w, b - h)) / (2 * h)
print(f"dL/dw  central difference, b held at 0: {dw_numeric:.4f}")
print(f"dL/db  central difference, w held at 1: {db_numeric:.4f}")
assert torch.allclose(dw_numeric, w.grad) and torch.allclose(db_numeric, b.grad)
print("check: central differences == autograd")
print("gradient (dL/dw, dL/db):", [round(g.item(), 4) for g in (w.grad, b.grad)])
