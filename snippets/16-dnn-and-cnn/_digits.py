"""Shared by this chapter's programs: the 8 x 8 digits and the two models.

Pixels are scaled to [0, 1] and a seeded, stratified split keeps a quarter of the images
as the test set. Everything is computed in float64 (see the text for why).
"""
import torch
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from torch import nn

torch.set_default_dtype(torch.float64)


def load_split():
    digits = load_digits()
    X = digits.images[:, None] / 16.0
    return map(torch.tensor, train_test_split(
        X, digits.target, test_size=0.25, random_state=0, stratify=digits.target))


def make_mlp():
    return nn.Sequential(
        nn.Flatten(),
        nn.Linear(64, 64), nn.ReLU(),
        nn.Linear(64, 64), nn.ReLU(),
        nn.Linear(64, 10),
    )


def make_cnn(grid=2):
    return nn.Sequential(
        nn.Conv2d(1, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(),
        nn.AdaptiveAvgPool2d(grid),
        nn.Flatten(),
        nn.Dropout(0.2),
        nn.Linear(32 * grid * grid, 10),
    )
