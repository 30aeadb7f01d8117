"""Exercise 1: a district that the training rows never saw.

encode() looks the district up in the training categories and fails on a new one.
encode_safe() gives an unknown category an all-zero one-hot part instead.
"""
import tempfile

import torch

from _make_csv import write_csv
from _apartments import Apartments, encode

perm = torch.randperm(40, generator=torch.Generator().manual_seed(0)).tolist()
with tempfile.TemporaryDirectory() as folder:
    stats = Apartments(write_csv(folder), perm[:24]).stats
new_row = {"area": "70.0", "age": "5", "district": "east", "price": "240.0"}
try:
    encode(new_row, stats)
except ValueError as error:
    print("encode on district 'east':", type(error).__name__)


def encode_safe(row, stats):
    if row["district"] in stats["districts"]:
        return encode(row, stats)
    known = dict(row, district=stats["districts"][0])
    x = encode(known, stats)
    x[2:] = 0.0
    return x


x = encode_safe(new_row, stats)
print("encode_safe:", [round(v, 4) for v in x.tolist()])
assert x[2:].eq(0).all() and x.numel() == 5
assert torch.equal(encode_safe(dict(new_row, district="south"),
                               stats), encode(dict(new_row, district="south"), stats))
print("check: an unknown district gets zeros; known districts are encoded as before")
