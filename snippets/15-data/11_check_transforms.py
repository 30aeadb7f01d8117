"""Check: the shift, the sampling grid of a rotation and bilinear interpolation."""
import math

import torch
import torch.nn.functional as F

from _augment import rotate
from _digits import shift

X = torch.rand(1, 8, 8, generator=torch.Generator().manual_seed(0), dtype=torch.float64)
pixel = lambda r, c: X[0, r, c] if 0 <= r < 8 and 0 <= c < 8 else 0.0
for dy in (-1, 0, 1):
    for dx in (-1, 0, 1):
        by_hand = [[pixel(i - dy, j - dx) for j in range(8)] for i in range(8)]
        assert torch.equal(shift(X, dy, dx)[0], torch.tensor(by_hand, dtype=X.dtype))
print("1. shift(X, dy, dx)[i, j] = X[i - dy, j - dx], zero outside the image")

phi = math.radians(20.0)
c, s = math.cos(phi), math.sin(phi)
theta = torch.tensor([[[c, -s, 0.0], [s, c, 0.0]]], dtype=X.dtype)
grid = F.affine_grid(theta, [1, 1, 8, 8], align_corners=False)[0]
Y = rotate(X, 20.0)
for i in range(8):
    for j in range(8):
        u, v = (2 * j + 1) / 8 - 1, (2 * i + 1) / 8 - 1
        uq, vq = c * u - s * v, s * u + c * v
        assert torch.allclose(grid[i, j], torch.tensor([uq, vq], dtype=X.dtype))
        col, row = ((uq + 1) * 8 - 1) / 2, ((vq + 1) * 8 - 1) / 2
        r0, c0 = math.floor(row), math.floor(col)
        di, dj = row - r0, col - c0
        value = ((1 - di) * (1 - dj) * pixel(r0, c0) + (1 - di) * dj * pixel(r0, c0 + 1)
                 + di * (1 - dj) * pixel(r0 + 1, c0) + di * dj * pixel(r0 + 1, c0 + 1))
        assert math.isclose(Y[0, i, j].item(), float(value), abs_tol=1e-12)
print("2. affine_grid: output pixel p reads the input at R(phi) p (normalised units)")
print("3. grid_sample: the value there is the bilinear mix of the four nearest pixels")
