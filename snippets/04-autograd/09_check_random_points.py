"""Check: autograd equals the hand formula 2 x (w x - y) at five random points."""
import math

import torch

torch.manual_seed(0)
largest = 0.0
for w_r, x_r, y_r in torch.randn(5, 3, dtype=torch.float64).tolist():
    w = torch.tensor(w_r, dtype=torch.float64, requires_grad=True)
    ((w * x_r - y_r) ** 2).backward()
    by_hand = 2 * x_r * (w_r * x_r - y_r)
    assert math.isclose(w.grad.item(), by_hand, rel_tol=1e-12, abs_tol=1e-12)
    largest = max(largest, abs(w.grad.item() - by_hand))
print(f"largest |autograd - by hand| over 5 random points: {largest:.0e}")
print("check: autograd == hand formula at 5 random (w, x, y)")
