"""Forward and central differences against autograd.

For f(x) = x^3 at a = 2 the exact derivative is 3a^2 = 12. Expanding (a + h)^3 by
hand gives forward = 3a^2 + 3ah + h^2 and central = 3a^2 + h^2; autograd gives 3a^2
with no h at all.
"""
import torch

torch.set_default_dtype(torch.float64)


def f(x):
    return x**3


a = torch.tensor(2.0)
exact = 3 * a**2
print(f"exact f'(a) = 3a^2 = {exact:.1f}")
for h in [1e-1, 1e-2, 1e-3]:
    forward = (f(a + h) - f(a)) / h
    central = (f(a + h) - f(a - h)) / (2 * h)
    print(f"h = {h:.0e}  forward = {forward:.8f} (error {forward - exact:.2e})  "
          f"central = {central:.8f} (error {central - exact:.2e})")
    assert torch.allclose(forward, 3 * a**2 + 3 * a * h + h**2)
    assert torch.allclose(central, 3 * a**2 + h**2)
print("check: forward == 3a^2 + 3ah + h^2, central == 3a^2 + h^2")

x = torch.tensor(2.0, requires_grad=True)
y = f(x)
y.backward()
print(f"autograd x.grad = {x.grad:.8f}")
assert torch.allclose(x.grad, 3 * x.detach() ** 2)
print("check: autograd == 3x^2")
