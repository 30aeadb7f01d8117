"""Exercise 2: min-max scaling fitted on the training rows, applied to a new apartment.

x' = (x - min) / (max - min) puts the training values in [0, 1]; a new value can land
outside, because the training minimum and maximum do not bound new data.
"""
import tempfile

import torch

from _make_csv import write_csv
from _apartments import read_rows

perm = torch.randperm(40, generator=torch.Generator().manual_seed(0)).tolist()
with tempfile.TemporaryDirectory() as folder:
    rows = read_rows(write_csv(folder))
train = torch.tensor([[float(rows[i]["area"]), float(rows[i]["age"])] for i in perm[:24]
                      if rows[i]["area"] != ""], dtype=torch.float64)
low, high = train.min(dim=0).values, train.max(dim=0).values
print("training minimum (area, age):", low.tolist())
print("training maximum (area, age):", high.tolist())
scaled = (train - low) / (high - low)
assert scaled.min() == 0 and scaled.max() == 1

new = torch.tensor([125.0, 45.0], dtype=torch.float64)
new_scaled = (new - low) / (high - low)
print("new apartment scaled (area, age):", [round(v, 4) for v in new_scaled.tolist()])
by_hand = torch.tensor([(125.0 - 30.2) / (119.7 - 30.2), (45 - 1) / (35 - 1)],
                       dtype=torch.float64)
assert torch.allclose(new_scaled, by_hand) and (new_scaled > 1).all()
print("check: the training rows fill [0, 1]; the new apartment lies above 1, as by hand")
