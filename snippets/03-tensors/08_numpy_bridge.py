"""Tensors and NumPy arrays: converting both ways.

`torch.from_numpy(a)` and `t.numpy()` share memory with their source, so a change to one
shows in the other. `torch.tensor(a)` always copies. NumPy's default float is float64.
"""
import numpy as np
import torch

a = np.array([1.0, 2.0, 3.0])
t = torch.from_numpy(a)
print("a.dtype:", a.dtype, " t.dtype:", t.dtype)
a[0] = -1.0
print("after a[0] = -1.0   t:", t)
t[1] = 50.0
print("after t[1] = 50.0   a:", a)

copied = torch.tensor(a)
a[2] = 7.0
print("after a[2] = 7.0   t:     ", t)
print("                   copied:", copied)

x = torch.arange(4.0)
n = x.numpy()
n *= 10
print("after n *= 10   x:", x)
print("type(n):", type(n).__name__, " n.dtype:", n.dtype)

w = torch.ones(2, requires_grad=True)
try:
    w.numpy()
except RuntimeError as error:
    print("w.numpy() with requires_grad=True raises RuntimeError:")
    print("  ", str(error))
print("w.detach().numpy():", w.detach().numpy())
print("t.float().dtype:", t.float().dtype, "(a float32 copy for a model)")
