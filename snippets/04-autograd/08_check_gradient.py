"""Check: autograd == 2 x (w x - y) == a central difference == the text's numbers.

Then the step, the new loss and the closed form L1 = L0 (1 - 2 lr x^2)^2."""
import math

import torch

x, y, lr = 30.2, 10.5, 0.0001


def hand_grad(w, x, y):
    return 2 * x * (w * x - y)


def loss_fn(w):
    return (w * x - y) ** 2


for dtype, rel in [(torch.float32, 1e-6), (torch.float64, 1e-12)]:
    w = torch.tensor(0.2, dtype=dtype, requires_grad=True)
    loss_fn(w).backward()
    print(f"{str(dtype):>13}: autograd {w.grad.item():.10f}"
          f"   by hand {hand_grad(0.2, x, y):.10f}")
    assert math.isclose(w.grad.item(), hand_grad(0.2, x, y), rel_tol=rel)
    assert math.isclose(w.grad.item(), -269.384, rel_tol=rel)
print("check: autograd == 2 x (w x - y) == -269.384 (float32 1e-6, float64 1e-12)")

central = (loss_fn(0.2 + 1e-6) - loss_fn(0.2 - 1e-6)) / (2 * 1e-6)
print(f"central difference (h = 1e-6): {central:.6f}")
assert math.isclose(central, -269.384, rel_tol=1e-7)

w1 = 0.2 - lr * hand_grad(0.2, x, y)
L0, L1, factor = loss_fn(0.2), loss_fn(w1), 1 - 2 * lr * x**2
print(f"w1 = {w1:.7f}   L0 = {L0:.4f}   L1 = {L1:.4f}   1 - 2 lr x^2 = {factor:.6f}")
assert math.isclose(w1, 0.2269384, rel_tol=1e-12)
assert math.isclose(L0, 19.8916, rel_tol=1e-12)
assert math.isclose(L1, L0 * factor**2, rel_tol=1e-12) and L1 < L0
assert f"{factor:.6f} {L1:.4f}" == "0.817592 13.2967"
print("check: the step, the new loss and L1 = L0 (1 - 2 lr x^2)^2 agree")
