"""The matrix-form backward as autograd Functions, verified by torch.autograd.gradcheck.

LinearFn and SigmoidFn compute their backward with the formulas of this chapter only.
gradcheck compares each backward with central finite differences in float64; a network
built from them must then give the same gradients as PyTorch's own layers. A backward
with a deliberate bug must fail the same test.
"""
# --8<-- [start:functions]
import torch
from torch import nn
from torch.autograd import gradcheck


class LinearFn(torch.autograd.Function):
    @staticmethod
    def forward(ctx, X, W, b):
        ctx.save_for_backward(X, W)
        return X @ W.T + b

    @staticmethod
    def backward(ctx, delta):
        X, W = ctx.saved_tensors
        return delta @ W, delta.T @ X, delta.sum(dim=0)


class SigmoidFn(torch.autograd.Function):
    @staticmethod
    def forward(ctx, Z):
        H = 1 / (1 + torch.exp(-Z))
        ctx.save_for_backward(H)
        return H

    @staticmethod
    def backward(ctx, delta):
        (H,) = ctx.saved_tensors
        return delta * H * (1 - H)


class BuggyLinearFn(LinearFn):
    @staticmethod
    def backward(ctx, delta):
        X, W = ctx.saved_tensors
        return delta @ W, delta.T @ X, delta.mean(dim=0)
# --8<-- [end:functions]


# --8<-- [start:checks]
torch.manual_seed(0)
X = torch.randn(6, 3, dtype=torch.float64, requires_grad=True)
W = torch.randn(4, 3, dtype=torch.float64, requires_grad=True)
b = torch.randn(4, dtype=torch.float64, requires_grad=True)
Z = torch.randn(6, 4, dtype=torch.float64, requires_grad=True)

ok_linear = gradcheck(LinearFn.apply, (X, W, b))
ok_sigmoid = gradcheck(SigmoidFn.apply, (Z,))
ok_buggy = gradcheck(BuggyLinearFn.apply, (X, W, b), raise_exception=False)
print("gradcheck LinearFn (delta W, delta^T X, delta summed over rows):", ok_linear)
print("gradcheck SigmoidFn (dL/dZ = delta * H * (1 - H)):", ok_sigmoid)
print("gradcheck BuggyLinearFn (dL/db = mean instead of sum):", ok_buggy)
assert ok_linear and ok_sigmoid and not ok_buggy
print("check: both hand-written backward passes agree with finite differences")

layer1 = nn.Linear(3, 4).double()
layer2 = nn.Linear(4, 1).double()
y = torch.randn(6, 1, dtype=torch.float64)
params = [layer1.weight, layer1.bias, layer2.weight, layer2.bias]


def loss_with(linear, sigmoid):
    H = sigmoid(linear(X, layer1.weight, layer1.bias))
    return ((linear(H, layer2.weight, layer2.bias) - y) ** 2).mean()


mine = torch.autograd.grad(loss_with(LinearFn.apply, SigmoidFn.apply), params)
reference = torch.autograd.grad(loss_with(nn.functional.linear, torch.sigmoid), params)
for name, g_mine, g_ref in zip(["W1", "b1", "W2", "b2"], mine, reference):
    assert torch.allclose(g_mine, g_ref)
    print(f"dL/d{name} {str(tuple(g_mine.shape)):<7}: hand-written == PyTorch layers")
print("check: LinearFn + SigmoidFn backpropagate like nn.Linear + sigmoid")
# --8<-- [end:checks]
