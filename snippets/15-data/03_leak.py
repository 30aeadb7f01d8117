"""The leak: change only the held-out rows of the file, rebuild the training set (statistics
fitted on the training rows, then on all 40 rows) and see whether its inputs move."""
import csv
import tempfile

import torch

from _make_csv import write_csv
from _apartments import Apartments, read_rows


def training_features(path, leak):
    stats = Apartments(path, range(40)).stats if leak else None
    train_set = Apartments(path, train_idx, stats=stats)
    return torch.stack([x for x, _ in train_set]), train_set.stats


perm = torch.randperm(40, generator=torch.Generator().manual_seed(0)).tolist()
train_idx, held_out = perm[:24], perm[24:]
with tempfile.TemporaryDirectory() as folder:
    path = write_csv(folder)
    rows = read_rows(path)
    for i in held_out:
        if rows[i]["area"] != "":
            rows[i]["area"] = f"{float(rows[i]['area']) + 40:.1f}"
    changed = f"{folder}/changed.csv"
    with open(changed, "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=rows[0].keys())
        writer.writeheader()
        writer.writerows(rows)
    for leak, name in ((False, "training rows"), (True, "all rows")):
        X, stats = training_features(path, leak)
        X_changed, stats_changed = training_features(changed, leak)
        diff = (X_changed - X).abs().max().item()
        print(f"fitted on {name}: mean area {stats['mean'][0]:.2f} -> "
              f"{stats_changed['mean'][0]:.2f} after the change")
        print(f"largest change in a training feature ({name}): {diff:.4f}")
        assert (diff == 0.0) if not leak else (diff > 0.1)
print("check: with training statistics the training inputs do not move at all;")
print("       with statistics of all rows they depend on the held-out rows")
