"""Exercise 2: the 2-2-1 network with tanh hidden units; only tanh'(z) = 1 - tanh(z)^2
differs from the sigmoid network."""
import math

import torch

x = [0.5, -1.0]
y = 1.0
W1 = [[0.1, -0.2], [0.5, 0.5]]
b1 = [0.0, 0.25]
w2 = [0.7, -0.6]
b2 = 0.2

z = [W1[j][0] * x[0] + W1[j][1] * x[1] + b1[j] for j in range(2)]
h = [math.tanh(z[j]) for j in range(2)]
y_hat = w2[0] * h[0] + w2[1] * h[1] + b2
dL_dyhat = 2 * (y_hat - y)
dL_dw2 = [dL_dyhat * h[j] for j in range(2)]
delta = [dL_dyhat * w2[j] * (1 - h[j] ** 2) for j in range(2)]
dL_dW1 = [[delta[j] * x[k] for k in range(2)] for j in range(2)]


def show(values):
    return "[" + ", ".join(f"{v + 0.0:.4f}" for v in values) + "]"  # + 0.0: -0.0 -> 0.0


print(f"h = {show(h)}   y_hat = {y_hat:.4f}")
print(f"dL/dz (by hand)  = {show(delta)}")
print(f"dL/dw2 (by hand) = {show(dL_dw2)}")

W1_t, b1_t, w2_t, b2_t = (torch.tensor(v, dtype=torch.float64, requires_grad=True)
                          for v in (W1, b1, w2, b2))
X = torch.tensor(x, dtype=torch.float64)
loss = (w2_t @ torch.tanh(W1_t @ X + b1_t) + b2_t - y) ** 2
loss.backward()
print(f"dL/dw2 (autograd) = {show(w2_t.grad.tolist())}")
assert torch.allclose(w2_t.grad, torch.tensor(dL_dw2, dtype=torch.float64))
assert torch.allclose(b1_t.grad, torch.tensor(delta, dtype=torch.float64))
assert torch.allclose(W1_t.grad, torch.tensor(dL_dW1, dtype=torch.float64))
print("check: autograd == hand-derived gradients with tanh'(z) = 1 - tanh(z)^2")
