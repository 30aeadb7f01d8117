"""Shared by this chapter's programs: noisy sine data and an over-sized MLP.

100 points y = sin(x) + noise, split 20 / 40 / 40 into training, validation and test
sets by one seeded generator.
"""
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset, random_split

NOISE_STD = 0.3


def make_splits(n=100, seed=0):
    generator = torch.Generator().manual_seed(seed)
    x = torch.rand(n, 1, generator=generator) * 6 - 3
    y = torch.sin(x) + NOISE_STD * torch.randn(n, 1, generator=generator)
    return random_split(TensorDataset(x, y), [0.2, 0.4, 0.4], generator=generator)


def stack(dataset):
    return next(iter(DataLoader(dataset, batch_size=len(dataset))))


def make_mlp(p=0.0, width=256):
    return nn.Sequential(
        nn.Linear(1, width), nn.Tanh(), nn.Dropout(p),
        nn.Linear(width, width), nn.Tanh(), nn.Dropout(p),
        nn.Linear(width, 1),
    )
