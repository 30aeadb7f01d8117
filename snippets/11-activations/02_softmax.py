"""Softmax: scores in, probabilities out, and why the max is subtracted first.

Softmax makes every entry positive and the entries sum to 1. Adding the same constant to
every score changes nothing, which is what lets a stable implementation subtract the
largest score before exponentiating. Its Jacobian is diag(s) - s s^T.
"""
import torch

torch.set_printoptions(precision=4)
z = torch.tensor([2.0, 1.0, 0.1])
s = torch.softmax(z, dim=0)
print("z:               ", z)
print("softmax(z):      ", s)
print("sum:             ", f"{s.sum().item():.4f}")
print("softmax(z + 100):", torch.softmax(z + 100, dim=0))

big = torch.tensor([1000.0, 999.0, 998.0])
naive = torch.exp(big) / torch.exp(big).sum()
shifted = torch.exp(big - big.max()) / torch.exp(big - big.max()).sum()
print("exp(1000) in float32:         ", torch.exp(big[0]))
print("naive softmax of big z:       ", naive)
print("softmax after subtracting max:", shifted)
print("torch.softmax of big z:       ", torch.softmax(big, dim=0))

J = torch.autograd.functional.jacobian(lambda v: torch.softmax(v, dim=0), z)
print("Jacobian ds_i/dz_j (autograd):")
print(J)
assert torch.allclose(J, torch.diag(s) - torch.outer(s, s), atol=1e-6)
print("check: Jacobian == diag(s) - s s^T")
assert J.sum(dim=1).abs().max() < 1e-6
print("check: every row of the Jacobian sums to 0")
