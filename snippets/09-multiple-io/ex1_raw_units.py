"""Exercise 1: the standardized model rewritten in raw units (F, mm, %).

From x_std = (x - mu) / sigma it follows that x_std @ W + b = x @ W_raw + b_raw with
W_raw = W / sigma (row by row) and b_raw = b - (mu / sigma) @ W.
"""
# --8<-- [start:train]
import torch

torch.manual_seed(0)

X = torch.tensor([[73.0, 67.0, 43.0],
                  [91.0, 88.0, 64.0],
                  [87.0, 134.0, 58.0],
                  [102.0, 43.0, 37.0],
                  [69.0, 96.0, 70.0]])
Y = torch.tensor([[56.0, 70.0],
                  [81.0, 101.0],
                  [119.0, 133.0],
                  [22.0, 37.0],
                  [103.0, 119.0]])
mu = X.mean(dim=0)
sigma = X.std(dim=0, correction=0)
X_std = (X - mu) / sigma
# --8<-- [end:train]

# --8<-- [start:convert]
W = torch.randn(3, 2, requires_grad=True)
b = torch.randn(2, requires_grad=True)
optimizer = torch.optim.SGD([W, b], lr=0.1)
for epoch in range(1000):
    cost = torch.mean((X_std @ W + b - Y) ** 2)
    optimizer.zero_grad()
    cost.backward()
    optimizer.step()

with torch.no_grad():
    W_raw = W / sigma.unsqueeze(1)
    b_raw = b - (mu / sigma) @ W
    torch.set_printoptions(precision=4, sci_mode=False)
    print("W_raw (per F, per mm, per %  x  apples, oranges):\n", W_raw)
    print("b_raw:", b_raw)
    assert torch.allclose(X @ W_raw + b_raw, X_std @ W + b, atol=1e-3)
    print("check: X @ W_raw + b_raw == X_std @ W + b")

A = torch.cat([X, torch.ones(5, 1)], dim=1).double()
best = torch.linalg.lstsq(A, Y.double()).solution.float()
assert torch.allclose(torch.cat([W_raw, b_raw.unsqueeze(0)]), best, atol=1e-2)
print("check: W_raw, b_raw == least-squares solution on the raw inputs")
# --8<-- [end:convert]
