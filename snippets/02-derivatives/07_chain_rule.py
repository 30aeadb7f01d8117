"""The chain rule, by hand and by autograd.

First h(x) = sin(x^2), whose derivative is cos(x^2) * 2x. Then a one-neuron loss
L = (sigmoid(w x + b) - y)^2, whose gradient is a product of three local derivatives.
"""
import torch

torch.set_default_dtype(torch.float64)

x = torch.tensor(1.5, requires_grad=True)
u = x**2
h = torch.sin(u)
h.backward()
by_hand = torch.cos(u.detach()) * 2 * x.detach()
print(f"dh/du = cos(x^2) = {torch.cos(u.detach()):.4f}  "
      f"du/dx = 2x = {2 * x.detach():.4f}")
print(f"dh/dx  hand: {by_hand:.4f}  autograd: {x.grad:.4f}")
assert torch.allclose(x.grad, by_hand)
print("check: autograd == cos(x^2) * 2x")

x_in, y_true = torch.tensor(2.0), torch.tensor(1.0)
w = torch.tensor(0.5, requires_grad=True)
b = torch.tensor(-0.5, requires_grad=True)
z = w * x_in + b
a = torch.sigmoid(z)
L = (a - y_true) ** 2
L.backward()
print(f"z = {z:g}  a = sigmoid(z) = {a:.4f}  L = {L:.4f}")

a = a.detach()
dL_da = 2 * (a - y_true)
da_dz = a * (1 - a)
dz_dw, dz_db = x_in, torch.tensor(1.0)
print(f"local derivatives: dL/da = {dL_da:.4f}  da/dz = {da_dz:.4f}  "
      f"dz/dw = {dz_dw:.1f}  dz/db = {dz_db:.1f}")
print(f"dL/dw  hand: {dL_da * da_dz * dz_dw:.4f}  autograd: {w.grad:.4f}")
print(f"dL/db  hand: {dL_da * da_dz * dz_db:.4f}  autograd: {b.grad:.4f}")
assert torch.allclose(w.grad, dL_da * da_dz * dz_dw)
assert torch.allclose(b.grad, dL_da * da_dz * dz_db)
print("check: autograd == product of local derivatives")
