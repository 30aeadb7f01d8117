"""torch.no_grad() and .detach(): computing without building a graph.

Inside no_grad, results do not require grad, which is what an evaluation pass and a
hand-written parameter update need. detach() returns the same numbers cut off from the
graph, so no gradient flows back through that branch.
"""
import torch

w = torch.tensor(3.0, requires_grad=True)

with torch.no_grad():
    doubled = 2 * w
print("inside no_grad: (2w).requires_grad =", doubled.requires_grad)

try:
    w -= 0.1
except RuntimeError:
    print("w -= 0.1 outside no_grad: RuntimeError (in-place change of a leaf that"
          " requires grad)")

(w ** 2).backward()
with torch.no_grad():
    w -= 0.1 * w.grad
print(f"after w -= 0.1 * w.grad inside no_grad: w = {w.item():.4f}, leaf: {w.is_leaf}")
assert torch.isclose(w, torch.tensor(3.0 - 0.1 * 6.0))
w.grad = None

w_const = w.detach()
print("w.detach(): requires_grad =", w_const.requires_grad, "| same value:",
      w_const.item() == w.item())
f = w * w_const
f.backward()
print(f"f = w * w.detach():  df/dw = {w.grad.item():.4f}  (= w, not 2w)")
assert torch.isclose(w.grad, w.detach())
print("check: the detached factor acts as a constant in the backward pass")
