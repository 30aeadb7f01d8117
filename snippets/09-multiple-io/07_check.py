"""Check: the matrix formulas for two outputs agree with autograd and nn.Linear.

Tests the two written-out equations against X @ W + b, the hand-derived gradients
2/(NK) X^T E and 2/(NK) 1^T E against autograd (and their transposed layout in
nn.Linear), and that both trained models reach the least-squares solution, where the
residuals of each output sum to zero.
"""
# --8<-- [start:checks-1]
import torch
import torch.nn as nn
import torch.nn.functional as F

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
N, K = Y.shape
X_std = (X - X.mean(dim=0)) / X.std(dim=0, correction=0)

W = torch.randn(3, 2, requires_grad=True)
b = torch.randn(2, requires_grad=True)
model = nn.Linear(3, 2)

Y_hat = X_std @ W + b
for i in range(N):
    temp, rain, humid = X_std[i]
    apples = W[0, 0] * temp + W[1, 0] * rain + W[2, 0] * humid + b[0]
    oranges = W[0, 1] * temp + W[1, 1] * rain + W[2, 1] * humid + b[1]
    assert torch.allclose(torch.stack([apples, oranges]), Y_hat[i])
print("check: the two written-out equations == X_std @ W + b, row by row")

cost = torch.mean((Y_hat - Y) ** 2)
cost.backward()
E = (Y_hat - Y).detach()
assert torch.allclose(W.grad, 2 / (N * K) * X_std.T @ E, atol=1e-4)
assert torch.allclose(b.grad, 2 / (N * K) * E.sum(dim=0), atol=1e-4)
print("check: autograd dL/dW == 2/(NK) X^T E and dL/db == 2/(NK) 1^T E")
# --8<-- [end:checks-1]

# --8<-- [start:checks-2]
F.mse_loss(model(X_std), Y).backward()
E_layer = (model(X_std) - Y).detach()
assert torch.allclose(model.weight.grad, 2 / (N * K) * E_layer.T @ X_std, atol=1e-4)
assert model.weight.grad.shape == model.weight.shape == (2, 3)
print("check: nn.Linear's dL/dweight == 2/(NK) E^T X, shape (2, 3) like its weight")


def fit(params, predict, lr=0.1, num_epochs=500):
    optimizer = torch.optim.SGD(params, lr=lr)
    for epoch in range(num_epochs):
        cost = F.mse_loss(predict(X_std), Y)
        optimizer.zero_grad()
        cost.backward()
        optimizer.step()


fit([W, b], lambda inputs: inputs @ W + b)
fit(model.parameters(), model)

A = torch.cat([X_std, torch.ones(N, 1)], dim=1)
best = torch.linalg.lstsq(A, Y).solution
assert torch.allclose(torch.cat([W, b.unsqueeze(0)]), best, atol=1e-3)
assert torch.allclose(model.weight.T, W, atol=1e-3)
assert torch.allclose(model.bias, b, atol=1e-3)
print("check: trained W == nn.Linear weight.T == least-squares solution")

with torch.no_grad():
    residuals = X_std @ W + b - Y
assert torch.allclose(residuals.sum(dim=0), torch.zeros(2), atol=1e-3)
assert torch.allclose(b, Y.mean(dim=0), atol=1e-3)
print("check: residuals of each output sum to zero, so b == column means of Y")
print("b:", [round(v, 4) for v in b.tolist()],
      " column means of Y:", [round(v, 4) for v in Y.mean(dim=0).tolist()])
# --8<-- [end:checks-2]
