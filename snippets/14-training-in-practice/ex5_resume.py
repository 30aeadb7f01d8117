"""Exercise 5: resuming training from a checkpoint.

100 full-batch Adam steps in one go, against 50 steps, a save, and 50 more steps in a
fresh model. Resuming is exact only if the optimizer's state_dict (Adam's running
averages and step count) is saved and loaded together with the model's.
"""
import tempfile
from pathlib import Path

import torch

from _fit import loss_fn
from _sine import make_mlp, make_splits, stack

train_set, val_set, test_set = make_splits()
x, y = stack(train_set)


def train(model, optimizer, num_steps):
    for step in range(num_steps):
        optimizer.zero_grad()
        loss_fn(model(x), y).backward()
        optimizer.step()


def fresh():
    torch.manual_seed(0)
    model = make_mlp()
    return model, torch.optim.Adam(model.parameters(), lr=0.003)


straight, straight_opt = fresh()
train(straight, straight_opt, 100)

first, first_opt = fresh()
train(first, first_opt, 50)
with tempfile.TemporaryDirectory() as folder:
    path = Path(folder) / "checkpoint.pt"
    torch.save({"model": first.state_dict(), "optimizer": first_opt.state_dict()}, path)
    checkpoint = torch.load(path, weights_only=True)

resumed, resumed_opt = fresh()
resumed.load_state_dict(checkpoint["model"])
resumed_opt.load_state_dict(checkpoint["optimizer"])
train(resumed, resumed_opt, 50)

model_only, model_only_opt = fresh()
model_only.load_state_dict(checkpoint["model"])
train(model_only, model_only_opt, 50)

for name, model in [("in one go", straight), ("model + optimizer", resumed),
                    ("model only", model_only)]:
    difference = max((a - b).abs().max().item() for a, b in
                     zip(model.parameters(), straight.parameters()))
    print(f"{name:18s} train loss {loss_fn(model(x), y).item():.4f}  "
          f"max |weight - in one go| = {difference:.2f}")
assert all(torch.equal(a, b)
           for a, b in zip(resumed.parameters(), straight.parameters()))
assert not torch.equal(model_only[0].weight, straight[0].weight)
print("check: resuming with the optimizer's state reproduces the uninterrupted run")
