"""Rotation and random augmentation for (1, H, W) digit images, with torch operations only.

`augment` draws a random rotation, shift and noise from a torch.Generator.
"""
import math

import torch
import torch.nn.functional as F

from _digits import random_shift


def rotate(image, degrees):
    """Rotate counter-clockwise about the centre, with bilinear interpolation."""
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    theta = torch.tensor([[[c, -s, 0.0], [s, c, 0.0]]], dtype=image.dtype)
    grid = F.affine_grid(theta, [1, *image.shape], align_corners=False)
    return F.grid_sample(image[None], grid, align_corners=False)[0]


def augment(image, generator, max_degrees=15.0, noise_std=0.05):
    degrees = (2 * torch.rand((), generator=generator).item() - 1) * max_degrees
    image = random_shift(rotate(image, degrees), generator)
    noise = torch.randn(image.shape, generator=generator, dtype=image.dtype)
    return (image + noise_std * noise).clamp(0.0, 1.0)
