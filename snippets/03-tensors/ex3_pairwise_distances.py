"""Exercise 3: all pairwise distances between two point sets, without a loop."""
import torch

torch.manual_seed(0)
P = torch.randn(5, 2)
Q = torch.randn(3, 2)
diff = P[:, None, :] - Q[None, :, :]
D = diff.pow(2).sum(dim=-1).sqrt()
print("diff shape:", tuple(diff.shape))
print("D shape:", tuple(D.shape))
torch.set_printoptions(precision=4)
print("D:")
print(D)
by_loops = torch.tensor([[torch.linalg.norm(p - q).item() for q in Q] for p in P])
assert torch.allclose(D, by_loops, atol=1e-6)
assert torch.allclose(D, torch.cdist(P, Q), atol=1e-5)
print("check: broadcasting == double loop == torch.cdist")
