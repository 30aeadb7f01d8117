"""Exercise 3: where both partial derivatives of L(w, b) vanish.

Setting dL/dw = 0 and dL/db = 0 gives 14w + 6b = 23 and 6w + 3b = 10, so w = 3/2,
b = 1/3, and L there is 1/18. Autograd finds a zero gradient there (up to rounding).
"""
import torch

torch.set_default_dtype(torch.float64)
x = torch.tensor([1.0, 2.0, 3.0])
y = torch.tensor([2.0, 3.0, 5.0])
print("sums: x =", x.sum().item(), " x^2 =", (x * x).sum().item(),
      " y =", y.sum().item(), " xy =", (x * y).sum().item())

w = torch.tensor(3 / 2, requires_grad=True)
b = torch.tensor(1 / 3, requires_grad=True)
L = ((w * x + b - y) ** 2).mean()
L.backward()
print(f"L(3/2, 1/3) = {L:.6f}  (1/18 = {1 / 18:.6f})")
print(f"gradient there: ({w.grad:.1e}, {b.grad:.1e})")
assert torch.allclose(L, torch.tensor(1 / 18)) and f"{L:.6f}" == "0.055556"
assert torch.allclose(w.grad, torch.tensor(0.0), atol=1e-12)
assert torch.allclose(b.grad, torch.tensor(0.0), atol=1e-12)
print("check: gradient == 0 at (3/2, 1/3)")
