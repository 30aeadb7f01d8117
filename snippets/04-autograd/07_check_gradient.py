"""Check: autograd agrees with the hand-derived gradient and the hand-computed step.

Compares dL/dw from autograd with -2 x (t - w x), with a central finite difference and
with the numbers worked out in the text; then checks the update and the closed form
of the new loss, L1 = L0 (1 - 2 lr x^2)^2.
"""
import math

import torch


def hand_grad(w, x, t):
    return -2 * x * (t - w * x)


x, t, lr = 30.2, 10.5, 0.0001

for dtype, rel in [(torch.float32, 1e-6), (torch.float64, 1e-12)]:
    w = torch.tensor(0.2, dtype=dtype, requires_grad=True)
    loss = (torch.tensor(t, dtype=dtype) - w * torch.tensor(x, dtype=dtype)) ** 2
    loss.backward()
    print(f"{str(dtype):>13}: autograd {w.grad.item():.10f}"
          f"   by hand {hand_grad(0.2, x, t):.10f}")
    assert math.isclose(w.grad.item(), hand_grad(0.2, x, t), rel_tol=rel)
    assert math.isclose(w.grad.item(), -269.384, rel_tol=rel)
print("check: autograd == -2 x (t - w x) == -269.384"
      " (float32 to 1e-6, float64 to 1e-12)")


def loss_fn(w):
    return (t - w * x) ** 2


h = 1e-6
finite_diff = (loss_fn(0.2 + h) - loss_fn(0.2 - h)) / (2 * h)
print(f"central difference (h = 1e-6): {finite_diff:.6f}")
assert math.isclose(finite_diff, -269.384, rel_tol=1e-7)
print("check: the finite difference agrees with the derivative")

w1 = 0.2 - lr * hand_grad(0.2, x, t)
L0, L1 = loss_fn(0.2), loss_fn(w1)
factor = 1 - 2 * lr * x**2
print(f"w1 = {w1:.7f}   L0 = {L0:.4f}   L1 = {L1:.4f}   1 - 2 lr x^2 = {factor:.6f}")
assert math.isclose(w1, 0.2269384, rel_tol=1e-12)
assert math.isclose(L0, 19.8916, rel_tol=1e-12)
assert math.isclose(L1, L0 * factor**2, rel_tol=1e-12)
assert L1 < L0
print("check: the step, the new loss and L1 = L0 (1 - 2 lr x^2)^2 agree")

torch.manual_seed(0)
for _ in range(5):
    w_r, x_r, t_r = torch.randn(3, dtype=torch.float64).tolist()
    w = torch.tensor(w_r, dtype=torch.float64, requires_grad=True)
    ((t_r - w * x_r) ** 2).backward()
    assert math.isclose(w.grad.item(), hand_grad(w_r, x_r, t_r), rel_tol=1e-12,
                        abs_tol=1e-12)
print("check: autograd == hand formula at 5 random (w, x, t)")
