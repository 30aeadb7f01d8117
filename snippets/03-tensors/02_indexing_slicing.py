"""Indexing and slicing a matrix.

An integer index removes an axis, a slice `start:stop:step` keeps it. Index lists and
boolean masks pick elements. A basic slice is a view (writing into it changes the
original); indexing with a list or a mask makes a copy.
"""
import torch

X = torch.arange(12).reshape(3, 4)
print("X:")
print(X)
print("X[1, 2]:", X[1, 2].item())
print("X[1] (row 1):", X[1], " shape", tuple(X[1].shape))
print("X[:, 2] (column 2):", X[:, 2], " shape", tuple(X[:, 2].shape))
print("X[:, 2:3] (column 2, axis kept), shape", tuple(X[:, 2:3].shape))
print(X[:, 2:3])
print("X[0:2, 1:3]:")
print(X[0:2, 1:3])
print("X[:, ::2] (every second column):")
print(X[:, ::2])
print("X[-1] (last row):", X[-1])
print("X[[0, 2]] (rows 0 and 2):")
print(X[[0, 2]])
print("X[X % 2 == 0] (even entries):", X[X % 2 == 0])

row = X[0]
row[0] = 100
print("after row[0] = 100 (slice is a view), X[0]:", X[0])
picked = X[[0, 2]]
picked[0, 0] = -1
print("after picked[0, 0] = -1 (list index is a copy), X[0]:", X[0])
