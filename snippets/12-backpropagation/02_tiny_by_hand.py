"""Backpropagation by hand through a 2-2-1 network, checked against autograd.

Two inputs, two sigmoid hidden units, one linear output, squared error. The forward pass
stores every intermediate value; the backward pass walks the graph from the loss to the
inputs, one chain-rule step per line. Plain Python floats, then the same net in PyTorch.
"""
# --8<-- [start:forward]
import math

import torch

x = [0.5, -1.0]
y = 1.0
W1 = [[0.1, -0.2], [0.5, 0.5]]
b1 = [0.0, 0.25]
w2 = [0.7, -0.6]
b2 = 0.2


def sigmoid(z):
    return 1.0 / (1.0 + math.exp(-z))


z = [W1[j][0] * x[0] + W1[j][1] * x[1] + b1[j] for j in range(2)]
h = [sigmoid(z[j]) for j in range(2)]
y_hat = w2[0] * h[0] + w2[1] * h[1] + b2
loss = (y_hat - y) ** 2

print("forward")
for j in range(2):
    print(f"  z{j + 1} = {z[j]:.4f}   h{j + 1} = sigmoid(z{j + 1}) = {h[j]:.4f}")
print(f"  y_hat = {y_hat:.4f}   L = (y_hat - y)^2 = {loss:.4f}")
# --8<-- [end:forward]

# --8<-- [start:backward]
dL_dyhat = 2 * (y_hat - y)
dL_dw2 = [dL_dyhat * h[j] for j in range(2)]
dL_db2 = dL_dyhat
dL_dh = [dL_dyhat * w2[j] for j in range(2)]
dh_dz = [h[j] * (1 - h[j]) for j in range(2)]
delta = [dL_dh[j] * dh_dz[j] for j in range(2)]
dL_dW1 = [[delta[j] * x[k] for k in range(2)] for j in range(2)]
dL_db1 = [delta[j] for j in range(2)]
dL_dx = [sum(delta[j] * W1[j][k] for j in range(2)) for k in range(2)]


def row(name, formula, value):
    print(f"  {name:<10}= {formula:<23}= {value:7.4f}")


print("backward")
row("dL/dy_hat", "2(y_hat - y)", dL_dyhat)
for j in range(1, 3):
    row(f"dL/dw2_{j}", f"dL/dy_hat * h{j}", dL_dw2[j - 1])
row("dL/db2", "dL/dy_hat", dL_db2)
for j in range(1, 3):
    row(f"dL/dh{j}", f"dL/dy_hat * w2_{j}", dL_dh[j - 1])
    row(f"dh{j}/dz{j}", f"h{j}(1 - h{j})", dh_dz[j - 1])
    row(f"dL/dz{j}", f"dL/dh{j} * dh{j}/dz{j}", delta[j - 1])
for j in range(1, 3):
    for k in range(1, 3):
        row(f"dL/dW1_{j}{k}", f"dL/dz{j} * x{k}", dL_dW1[j - 1][k - 1])
    row(f"dL/db1_{j}", f"dL/dz{j}", dL_db1[j - 1])
for k in range(1, 3):
    row(f"dL/dx{k}", f"sum_j dL/dzj * W1_j{k}", dL_dx[k - 1])
# --8<-- [end:backward]

# --8<-- [start:autograd]
def leaf(values):
    return torch.tensor(values, dtype=torch.float64, requires_grad=True)


def show(tensor):
    return "[" + ", ".join(f"{v:.4f}" for v in tensor.flatten().tolist()) + "]"


X, W1_t, b1_t, w2_t, b2_t = leaf(x), leaf(W1), leaf(b1), leaf(w2), leaf(b2)
y_hat_t = w2_t @ torch.sigmoid(W1_t @ X + b1_t) + b2_t
loss_t = (y_hat_t - y) ** 2
loss_t.backward()

print("autograd")
print(f"  W1.grad (row by row) = {show(W1_t.grad)}   b1.grad = {show(b1_t.grad)}")
print(f"  w2.grad = {show(w2_t.grad)}   b2.grad = {b2_t.grad:.4f}")
print(f"  x.grad = {show(X.grad)}")
pairs = [(W1_t, dL_dW1), (b1_t, dL_db1), (w2_t, dL_dw2), (b2_t, dL_db2), (X, dL_dx)]
for tensor, by_hand in pairs:
    assert torch.allclose(tensor.grad, torch.tensor(by_hand, dtype=torch.float64))
assert math.isclose(loss_t.item(), loss)
print("check: autograd == hand-derived gradients (all 9 parameters and both inputs)")
# --8<-- [end:autograd]
