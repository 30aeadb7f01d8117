"""What requires_grad, backward(), .grad and zero_grad() do.

A tensor created with requires_grad=True is a leaf that autograd tracks; every result
computed from it remembers its backward function (grad_fn). backward() walks that graph
once, frees it, and ADDS each gradient into the leaf's .grad.
"""
# --8<-- [start:graph]
import torch

torch.manual_seed(0)
x = torch.randn(5, 2)
y = torch.randn(5, 1)
W = torch.randn(1, 2, requires_grad=True)
b = torch.zeros(1, requires_grad=True)

Y_hat = x @ W.T + b
loss = ((Y_hat - y) ** 2).mean()
print("requires_grad:  x", x.requires_grad, "| W", W.requires_grad,
      "| Y_hat", Y_hat.requires_grad)
print("is_leaf:        W", W.is_leaf, "| Y_hat", Y_hat.is_leaf)
print("grad_fn:        Y_hat", type(Y_hat.grad_fn).__name__,
      "| loss", type(loss.grad_fn).__name__)
print("before backward: W.grad =", W.grad)

loss.backward()
first = W.grad.clone()
print("after backward:  W.grad =", first)
print("x.grad (x does not require grad):", x.grad)
by_hand = (2 * (Y_hat - y) / 5).T @ x
assert torch.allclose(first, by_hand, atol=1e-6)
print("check: W.grad == (2/N)(Y_hat - y).T @ x")
# --8<-- [end:graph]

# --8<-- [start:accumulate]
try:
    loss.backward()
except RuntimeError:
    print("second backward on the same graph: RuntimeError (graph already freed)")

loss = ((x @ W.T + b - y) ** 2).mean()
loss.backward()
print("after a 2nd forward + backward, no zero_grad: W.grad =", W.grad)
assert torch.allclose(W.grad, 2 * first)
print("check: .grad accumulated (= 2 x first gradient)")

optimizer = torch.optim.SGD([W, b], lr=0.1)
optimizer.zero_grad()
print("after optimizer.zero_grad(): W.grad =", W.grad)
# --8<-- [end:accumulate]
