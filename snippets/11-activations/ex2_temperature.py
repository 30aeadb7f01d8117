"""Exercise 2: softmax with a temperature T, softmax(z / T).

Small T sharpens the distribution toward the largest score (one-hot); large T flattens
it toward 1/K. Adding a constant to every score never changes the result.
"""
import torch

torch.set_printoptions(precision=4, sci_mode=False)
z = torch.tensor([2.0, 1.0, 0.1, -1.0])
for T in (0.1, 1.0, 10.0, 100.0):
    print(f"T = {T:>5}: ", torch.softmax(z / T, dim=0))

assert torch.allclose(torch.softmax(z / 0.01, dim=0), torch.tensor([1.0, 0, 0, 0]))
assert torch.allclose(torch.softmax(z / 1e4, dim=0), torch.full((4,), 0.25), atol=1e-3)
assert torch.allclose(torch.softmax(z - 7.5, dim=0), torch.softmax(z, dim=0))
print("check: T -> 0 gives one-hot, T -> infinity gives 1/K; a shift changes nothing")
