"""The computation graph: grad_fn and next_functions.

Builds the loss of this chapter's example, L = (w x - y)^2, and walks the graph
backwards from L. Each node's `next_functions` points to the nodes that produced its
inputs; `AccumulateGrad` is where a gradient lands in a leaf's `.grad`.
"""
import torch

w = torch.tensor(0.2, requires_grad=True)
x = torch.tensor(30.2)
y = torch.tensor(10.5)

y_hat = w * x
error = y_hat - y
loss = error**2
leaf_names = {w: "w"}


def walk(node, depth=0):
    if node is None:
        print("    " * depth + "None  (an input that needs no gradient)")
        return
    label = type(node).__name__
    if hasattr(node, "variable"):
        label += f"  -> {leaf_names[node.variable]}.grad"
    print("    " * depth + label)
    for child, _ in node.next_functions:
        walk(child, depth + 1)


print("loss.grad_fn:", type(loss.grad_fn).__name__)
print("error.grad_fn:", type(error.grad_fn).__name__)
print("y_hat.grad_fn:", type(y_hat.grad_fn).__name__)
print("w.grad_fn:", w.grad_fn, " (a leaf: created by the user)")
print("x.requires_grad:", x.requires_grad, " y.requires_grad:", y.requires_grad)
print("graph, from the loss back to the leaves:")
walk(loss.grad_fn)
