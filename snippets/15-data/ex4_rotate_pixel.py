"""Exercise 4: where does one bright pixel go under a rotation of 90 degrees?

By hand: output pixel (i, j) has normalised position p = ((2j+1)/8 - 1, (2i+1)/8 - 1)
and reads the input at R(90) p = (-p_v, p_u), so it reads input pixel (j, 7 - i).
"""
import torch

from _augment import rotate

X = torch.zeros(1, 8, 8, dtype=torch.float64)
X[0, 1, 6] = 1.0
Y = rotate(X, 90.0)
bright = (Y[0] > 0.5).nonzero().tolist()
print("input pixel (row, column):", [1, 6])
print("output pixels above 0.5:", bright)
rest = Y[0].clone()
rest[1, 1] = 0.0
print(f"value at (1, 1): {Y[0, 1, 1]:.4f}, largest value elsewhere: {rest.max():.4f}")
i, j = bright[0]
assert bright == [[1, 1]] and (j, 7 - i) == (1, 6) and rest.max() < 1e-12

Z = rotate(X, 45.0)
print(f"after 45 degrees: brightest value {Z.max():.4f}, "
      f"pixels above 0.01: {(Z > 0.01).sum().item()}")
assert Z.max() < 1.0 and (Z > 0.01).sum() > 1
print("check: 90 degrees moves (1, 6) to (1, 1) exactly; 45 degrees spreads the pixel")
