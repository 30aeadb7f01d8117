"""8 x 8 digit images as a Dataset, and the one-pixel shift, written with torch operations only.

DigitImages applies a transform(image, generator) in __getitem__ with its own torch.Generator.
"""
import torch
import torch.nn.functional as F
from torch.utils.data import Dataset


def shift(image, dy, dx):
    """Move the image dy pixels down and dx right (|dy|, |dx| <= 1), filling with 0."""
    h, w = image.shape[-2:]
    padded = F.pad(image, (1, 1, 1, 1))
    return padded[..., 1 - dy:1 - dy + h, 1 - dx:1 - dx + w]


def random_shift(image, generator):
    dy, dx = torch.randint(-1, 2, (2,), generator=generator).tolist()
    return shift(image, dy, dx)


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
