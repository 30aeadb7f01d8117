"""Reshaping: view, reshape and strides.

The elements of a tensor lie in one flat block of memory; shape and strides say how to
walk it. `view` only changes that description and so needs a compatible layout;
`reshape` copies when it must.
"""
import textwrap

import torch


def same_memory(a, b):
    return a.untyped_storage().data_ptr() == b.untyped_storage().data_ptr()


x = torch.arange(6)
A = x.view(2, 3)
print("x:", x)
print("A = x.view(2, 3):")
print(A)
print("A.stride():", A.stride(), " A shares memory with x:", same_memory(A, x))
print("x.view(3, -1).shape:", tuple(x.view(3, -1).shape), "(-1 is inferred)")

T = A.t()
print("T = A.t():")
print(T)
print("T.stride():", T.stride(), " T.is_contiguous():", T.is_contiguous())
try:
    T.view(6)
except RuntimeError as error:
    print("T.view(6) raises RuntimeError:")
    print(textwrap.indent(textwrap.fill(str(error), 76), "  "))
flat = T.reshape(6)
print("T.reshape(6):", flat, " shares memory with x:", same_memory(flat, x))
x[0] = 42
print("after x[0] = 42:  A[0, 0] =", A[0, 0].item(), " T[0, 0] =", T[0, 0].item(),
      " flat[0] =", flat[0].item())
