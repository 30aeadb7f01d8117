"""Exercise 3: a variable used on two paths collects the sum of both gradients.

L = u * v with u = a * b and v = a + b, at a = 2, b = 3.
"""
import torch

a = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(3.0, requires_grad=True)
u = a * b
v = a + b
L = u * v
L.backward()

dL_da = v.item() * b.item() + u.item() * 1.0
dL_db = v.item() * a.item() + u.item() * 1.0
print(f"L = {L.item():.1f}")
print(f"dL/da: by hand = {dL_da:.1f}, autograd = {a.grad.item():.1f}")
print(f"dL/db: by hand = {dL_db:.1f}, autograd = {b.grad.item():.1f}")
assert a.grad.item() == dL_da == 21.0 and b.grad.item() == dL_db == 16.0
print("check: each path contributes (dL/du)(du/da) + (dL/dv)(dv/da), and they add")
