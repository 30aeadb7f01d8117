"""Exercise 5: the largest slope of the sigmoid.

sigmoid'(z) = s(1 - s) with s = sigmoid(z) in (0, 1); s(1 - s) is largest at s = 1/2,
that is at z = 0, where it equals 1/4. Autograd on a grid of z finds the same maximum.
"""
import torch

torch.set_default_dtype(torch.float64)
z = (torch.arange(-600, 601) / 100).requires_grad_()
torch.sigmoid(z).sum().backward()
best = z.grad.argmax()
print(f"largest slope on the grid: {z.grad[best]:.4f} at z = {z[best]:.2f}")
for value in [2.0, 4.0, 6.0]:
    k = int(torch.nonzero(z == value))
    print(f"sigmoid'({value:.0f}) = {z.grad[k]:.4f}")
assert torch.isclose(z[best], torch.tensor(0.0), atol=0.0)
assert torch.isclose(z.grad[best], torch.tensor(0.25))
assert f"{z.grad[best]:.4f}" == "0.2500"
print("check: max sigmoid' == 1/4 at z == 0")
