"""Exercise 3: an augmenting Dataset with two workers repeats its random versions.

Each worker receives a copy of the dataset, generator state included. A worker_init_fn
that reseeds the copy from torch.initial_seed() (different in every worker) fixes it.
"""
import torch
from sklearn.datasets import load_digits
from torch.utils.data import DataLoader, get_worker_info

from _augment import augment
from _digits import DigitImages


def reseed(worker_id):
    get_worker_info().dataset.generator.manual_seed(torch.initial_seed() % 2**63)


def duplicates(worker_init_fn):
    image = torch.tensor(load_digits().images[:1, None] / 16.0)
    dataset = DigitImages(image.repeat(8, 1, 1, 1), torch.zeros(8), transform=augment)
    loader = DataLoader(dataset, batch_size=1, num_workers=2,
                        worker_init_fn=worker_init_fn,
                        generator=torch.Generator().manual_seed(0))
    versions = [xb[0] for xb, _ in loader]
    return sum(torch.equal(versions[k], versions[k + 1]) for k in range(0, 8, 2))


if __name__ == "__main__":
    torch.manual_seed(0)
    same = duplicates(None)
    print("batch pairs (0, 1), (2, 3), ... that are identical, no reseeding:", same)
    fixed = duplicates(reseed)
    print("batch pairs that are identical, reseeded per worker:", fixed)
    assert same == 4 and fixed == 0
    print("check: the copies repeat each other until each worker gets its own seed")
