"""requires_grad, backward() and .grad on the smallest example.

For y = x^2 + 2x at x = 3, autograd records the operations, and `y.backward()` stores
dy/dx in `x.grad`.
"""
import torch

x = torch.tensor(3.0, requires_grad=True)
print("x:", x)
print("x.requires_grad:", x.requires_grad, " x.is_leaf:", x.is_leaf)
print("x.grad before backward():", x.grad)

y = x**2 + 2 * x
print("y:", y)
assert y.item() == 15
print("y.requires_grad:", y.requires_grad, " y.is_leaf:", y.is_leaf)
print("y.grad_fn:", type(y.grad_fn).__name__)

y.backward()
print("x.grad after backward():", x.grad)

c = torch.tensor(5.0)
z = c * x
print("c.requires_grad:", c.requires_grad, " (c * x).requires_grad:", z.requires_grad)

try:
    torch.tensor(3, requires_grad=True)
except RuntimeError as error:
    print("integer tensor with requires_grad=True raises RuntimeError:")
    print("  ", str(error))

v = torch.tensor([1.0, 2.0], requires_grad=True)
try:
    (v * v).backward()
except RuntimeError as error:
    print("backward() on a non-scalar raises RuntimeError:")
    print("  ", str(error))
(v * v).sum().backward()
print("after (v * v).sum().backward(), v.grad:", v.grad)
