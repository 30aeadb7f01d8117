"""Exercise 2: the outer product u v^T through broadcasting."""
import torch

u = torch.tensor([1.0, 2.0, 3.0])
v = torch.tensor([10.0, 20.0, 30.0, 40.0])
outer = u[:, None] * v[None, :]
print("u[:, None] shape:", tuple(u[:, None].shape), " v[None, :] shape:",
      tuple(v[None, :].shape))
print("outer:")
print(outer)
assert torch.equal(outer, torch.outer(u, v))
assert torch.equal(outer, u.unsqueeze(1) @ v.unsqueeze(0))
print("check: broadcasting == torch.outer == (3x1) @ (1x4)")
