"""num_workers: the same batches from worker processes as from the main process.

With num_workers=2 two processes call __getitem__ and send the batches back; with a
seeded generator the order of the batches does not change.
"""
import tempfile

import torch
from torch.utils.data import DataLoader

from _make_csv import write_csv
from _apartments import Apartments


def batches(dataset, num_workers):
    loader = DataLoader(dataset, batch_size=5, shuffle=True, num_workers=num_workers,
                        generator=torch.Generator().manual_seed(0))
    return [(xb, yb) for xb, yb in loader]


if __name__ == "__main__":
    torch.manual_seed(0)
    perm = torch.randperm(40, generator=torch.Generator().manual_seed(0)).tolist()
    with tempfile.TemporaryDirectory() as folder:
        train_set = Apartments(write_csv(folder), perm[:24])
    main = batches(train_set, num_workers=0)
    workers = batches(train_set, num_workers=2)
    print("batches (num_workers=0):", len(main))
    print("batches (num_workers=2):", len(workers))
    for (x0, y0), (x2, y2) in zip(main, workers):
        assert torch.equal(x0, x2) and torch.equal(y0, y2)
    print("check: two worker processes deliver the same batches in the same order")
