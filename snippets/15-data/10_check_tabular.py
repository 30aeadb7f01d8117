"""Check: standardisation, one-hot encoding and the leak, by hand and with autograd."""
import math
import statistics
import tempfile

import torch

from _make_csv import write_csv
from _apartments import Apartments, read_rows

perm = torch.randperm(40, generator=torch.Generator().manual_seed(0)).tolist()
with tempfile.TemporaryDirectory() as folder:
    path = write_csv(folder)
    rows = read_rows(path)
    train_set = Apartments(path, perm[:24])
    val_set = Apartments(path, perm[24:32], stats=train_set.stats)
    all_rows = Apartments(path, range(40))
ages = [float(rows[i]["age"]) for i in perm[:24]]
mu, sigma = statistics.fmean(ages), statistics.pstdev(ages)
assert math.isclose(train_set.stats["mean"][1].item(), mu, rel_tol=1e-12)
assert math.isclose(train_set.stats["std"][1].item(), sigma, rel_tol=1e-12)
for k, i in enumerate(perm[24:32]):
    x, _ = val_set[k]
    assert math.isclose(x[1].item(), (float(rows[i]["age"]) - mu) / sigma, rel_tol=1e-12)
    assert train_set.stats["districts"][int(x[2:].argmax())] == rows[i]["district"]
print("1. standardisation with training mean and std, and the one-hot part, by hand")

x_all = torch.tensor(ages + [float(rows[i]["age"]) for i in perm[24:]],
                     dtype=torch.float64, requires_grad=True)
x_all[:24].mean().backward(inputs=[x_all], retain_graph=True)
assert x_all.grad[24:].eq(0).all()
x_all.grad = None
x_all.mean().backward()
assert torch.allclose(x_all.grad[24:], torch.full((16,), 1 / 40, dtype=torch.float64))
print("2. d(mean)/d(held-out value): 0 for the training mean, 1/N for the all-rows mean")
mu_held = statistics.fmean(float(rows[i]["age"]) for i in perm[24:])
mu_all = all_rows.stats["mean"][1].item()
assert math.isclose(mu_all, (24 * mu + 16 * mu_held) / 40, rel_tol=1e-12)
print("3. the all-rows mean is the weighted mean of training and held-out means")
