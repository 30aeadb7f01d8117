"""Backpropagation for a whole batch in matrix form, checked against autograd.

A 3-4-1 network (nn.Linear, sigmoid, nn.Linear) and the MSE over a batch of N = 8.
The backward pass uses three matrix formulas per Linear layer and one elementwise
product per sigmoid; every gradient must equal what loss.backward() stores in .grad.
"""
# --8<-- [start:by-hand]
import torch
from torch import nn

torch.set_default_dtype(torch.float64)
torch.set_printoptions(precision=4)
torch.manual_seed(0)
N = 8
X = torch.randn(N, 3, requires_grad=True)
y = torch.randn(N, 1)
layer1 = nn.Linear(3, 4)
layer2 = nn.Linear(4, 1)


def linear_backward(delta, inputs, W):
    """delta = dL/dY for Y = inputs @ W.T + b; returns dL/dW, dL/db, dL/dinputs."""
    return delta.T @ inputs, delta.sum(dim=0), delta @ W


with torch.no_grad():
    Z1 = X @ layer1.weight.T + layer1.bias
    H = torch.sigmoid(Z1)
    Y_hat = H @ layer2.weight.T + layer2.bias
    loss = ((Y_hat - y) ** 2).mean()

    delta2 = 2 * (Y_hat - y) / N
    dW2, db2, dH = linear_backward(delta2, H, layer2.weight)
    delta1 = dH * H * (1 - H)
    dW1, db1, dX = linear_backward(delta1, X, layer1.weight)
# --8<-- [end:by-hand]

# --8<-- [start:compare]
print(f"loss (by hand)  = {loss:.4f}")
shapes = [("delta2", delta2, "Y_hat", Y_hat), ("dL/dW2", dW2, "W2", layer2.weight),
          ("dL/db2", db2, "b2", layer2.bias), ("dL/dH", dH, "H", H),
          ("delta1", delta1, "Z1", Z1), ("dL/dW1", dW1, "W1", layer1.weight),
          ("dL/db1", db1, "b1", layer1.bias), ("dL/dX", dX, "X", X)]
for name, grad, like, tensor in shapes:
    assert grad.shape == tensor.shape
    print(f"  {name:<7} shape {str(tuple(grad.shape)):<7} (same as {like})")

loss_autograd = nn.functional.mse_loss(layer2(torch.sigmoid(layer1(X))), y)
loss_autograd.backward()
print(f"loss (autograd) = {loss_autograd:.4f}")
print("dL/dW1 by hand = delta1.T @ X:\n", dW1)
print("layer1.weight.grad (autograd):\n", layer1.weight.grad)

checks = [(dW1, layer1.weight), (db1, layer1.bias), (dW2, layer2.weight),
          (db2, layer2.bias), (dX, X)]
for by_hand, tensor in checks:
    assert torch.allclose(by_hand, tensor.grad)
print("check: dL/dW = delta.T @ X, dL/db = delta.sum(0), dL/dX = delta @ W (autograd)")
# --8<-- [end:compare]
