"""The norm ||x||: the length of a vector.

The Euclidean norm is the square root of the sum of squares (Pythagoras in n
dimensions). torch.linalg.norm computes it; ord=1 gives the sum of absolute values.
"""
import torch

x = torch.tensor([3.0, 4.0])
by_hand = torch.sqrt(torch.sum(x**2))
print("x:", x.tolist())
print(f"||x||   sqrt(sum x_i^2):       {by_hand:.4f}")
print(f"||x||   torch.linalg.norm(x):  {torch.linalg.norm(x):.4f}")
print(f"||x||_1 sum |x_i| (ord=1):     {torch.linalg.norm(x, ord=1):.4f}")

a = torch.tensor([1.0, 2.0, 2.0])
b = torch.tensor([1.0, 0.0, 0.0])
print(f"||a - b|| (distance a to b):   {torch.linalg.norm(a - b):.4f}")

assert by_hand == torch.linalg.norm(x) == 5
assert torch.linalg.norm(x, ord=1) == 3 + 4
assert torch.isclose(torch.linalg.norm(a - b), torch.tensor(8.0).sqrt())
assert torch.isclose(torch.linalg.norm(x) ** 2, x @ x)
print("check: ||(3, 4)|| = 5, ||(3, 4)||_1 = 7, ||x||^2 = x . x")
