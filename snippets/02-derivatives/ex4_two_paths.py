"""Exercise 4: a variable that reaches the output along two paths.

f = u v with u = t^2 and v = sin t. The multivariable chain rule adds the two paths:
df/dt = v * 2t + u * cos t. Cutting one path with detach() leaves only the other term.
"""
import torch

torch.set_default_dtype(torch.float64)
t = torch.tensor(1.0, requires_grad=True)
u, v = t**2, torch.sin(t)
(u * v).backward()
path_u = torch.sin(t.detach()) * 2 * t.detach()
path_v = t.detach() ** 2 * torch.cos(t.detach())
print(f"path through u: {path_u:.4f}  path through v: {path_v:.4f}")
print(f"df/dt  hand: {path_u + path_v:.4f}  autograd: {t.grad:.4f}")
assert torch.allclose(t.grad, path_u + path_v)

t.grad = None
(t**2 * torch.sin(t).detach()).backward()
print(f"only the u path (v detached): {t.grad:.4f}")
assert torch.allclose(t.grad, path_u)
print("check: autograd adds the contributions of both paths")
