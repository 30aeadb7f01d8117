"""Check: autograd agrees with the gradients and rules derived by hand in this chapter.

For logistic regression, dL/dw = (1/N) X^T (sigmoid(z) - y) and dL/db is the mean of
sigmoid(z) - y. For softmax regression, dL/dW = (1/N) (P - Y)^T X and dL/db is the
column mean of P - Y, with Y the one-hot targets. Then the decision rules, the confusion
matrix identities and the bound error rate <= cross-entropy / log 2 are checked on
random logits that lean towards the true class.
"""
import math

import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
N, d, K = 32, 3, 4
X = torch.randn(N, d, dtype=torch.float64)

y = torch.randint(0, 2, (N, 1)).to(torch.float64)
binary = nn.Linear(d, 1, dtype=torch.float64)
loss = nn.BCEWithLogitsLoss()(binary(X), y)
loss.backward()
with torch.no_grad():
    residual = torch.sigmoid(binary(X)) - y
    dw_hand = X.T @ residual / N
    db_hand = residual.mean()
print("logistic  dL/dw (autograd):",
      [round(v, 6) for v in binary.weight.grad[0].tolist()])
print("logistic  dL/dw (by hand): ", [round(v, 6) for v in dw_hand[:, 0].tolist()])
print(f"logistic  dL/db (autograd): {binary.bias.grad.item():.6f}   "
      f"(by hand): {db_hand.item():.6f}")
assert torch.allclose(binary.weight.grad, dw_hand.T)
assert torch.allclose(binary.bias.grad, db_hand.reshape(1))
print("check: BCE gradient == (1/N) X^T (sigmoid(z) - y), mean(sigmoid(z) - y)")

labels = torch.randint(0, K, (N,))
multi = nn.Linear(d, K, dtype=torch.float64)
loss = nn.CrossEntropyLoss()(multi(X), labels)
loss.backward()
with torch.no_grad():
    P = torch.softmax(multi(X), dim=1)
    G = (P - F.one_hot(labels, K)) / N
print("softmax   dL/dW (autograd), first row:",
      [round(v, 6) for v in multi.weight.grad[0].tolist()])
print("softmax   dL/dW (by hand),  first row:",
      [round(v, 6) for v in (G.T @ X)[0].tolist()])
assert torch.allclose(multi.weight.grad, G.T @ X)
assert torch.allclose(multi.bias.grad, G.sum(dim=0))
print("check: cross-entropy gradient == (1/N) (P - Y)^T X, column sums of (P - Y)/N")

z = 3 * torch.randn(1000, dtype=torch.float64)
assert torch.equal(torch.sigmoid(z) >= 0.5, z >= 0)
y_true = torch.randint(0, K, (1000,))
Z = 3 * torch.randn(1000, K, dtype=torch.float64) + 4 * F.one_hot(y_true, K)
P = torch.softmax(Z, dim=1)
assert torch.allclose(P.sum(dim=1), torch.ones(1000, dtype=torch.float64))
assert torch.equal(P.argmax(dim=1), Z.argmax(dim=1))
print("check: sigmoid(z) >= 1/2 <=> z >= 0; softmax rows sum to 1; same argmax")

y_pred = Z.argmax(dim=1)
C = torch.bincount(K * y_true + y_pred, minlength=K * K).reshape(K, K)
assert C.sum() == 1000
assert torch.isclose(C.trace() / 1000, (y_true == y_pred).float().mean())
print("check: confusion matrix adds up to N and its trace / N is the accuracy")

error = (y_pred != y_true).float().mean()
ce = F.cross_entropy(Z, y_true)
print(f"error rate = {error:.4f} <= cross-entropy / log 2 = {ce / math.log(2):.4f}")
assert error <= ce / math.log(2)
print("check: the error rate is bounded by the cross-entropy divided by log 2")
