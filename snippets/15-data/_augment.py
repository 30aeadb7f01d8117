"""Transforms for 8 x 8 digit images, written with torch operations only.

Each transform takes a (1, H, W) image; `augment` draws a random shift, rotation and
noise from a torch.Generator, and DigitImages applies a transform in __getitem__.
"""
import math

import torch
import torch.nn.functional as F
from torch.utils.data import Dataset


def shift(image, dy, dx):
    """Move the image dy pixels down and dx right (|dy|, |dx| <= 1), filling with 0."""
    h, w = image.shape[-2:]
    padded = F.pad(image, (1, 1, 1, 1))
    return padded[..., 1 - dy:1 - dy + h, 1 - dx:1 - dx + w]


def rotate(image, degrees):
    """Rotate counter-clockwise about the centre, with bilinear interpolation."""
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    theta = torch.tensor([[[c, -s, 0.0], [s, c, 0.0]]], dtype=image.dtype)
    grid = F.affine_grid(theta, [1, *image.shape], align_corners=False)
    return F.grid_sample(image[None], grid, align_corners=False)[0]


def random_shift(image, generator):
    dy, dx = torch.randint(-1, 2, (2,), generator=generator).tolist()
    return shift(image, dy, dx)


def augment(image, generator, max_degrees=15.0, noise_std=0.05):
    degrees = (2 * torch.rand((), generator=generator).item() - 1) * max_degrees
    image = random_shift(rotate(image, degrees), generator)
    noise = torch.randn(image.shape, generator=generator, dtype=image.dtype)
    return (image + noise_std * noise).clamp(0.0, 1.0)


class DigitImages(Dataset):
    def __init__(self, images, labels, transform=None, seed=0):
        self.images, self.labels, self.transform = images, labels, transform
        self.generator = torch.Generator().manual_seed(seed)

    def __len__(self):
        return len(self.images)

    def __getitem__(self, i):
        image = self.images[i]
        if self.transform is not None:
            image = self.transform(image, self.generator)
        return image, self.labels[i]
