"""Saving and loading a state_dict, and keeping the best epoch (early stopping).

state_dict() maps the name of every parameter and buffer to its tensor. We save one to a
file in a temporary folder, load it into a freshly built model, and check that both
models compute exactly the same numbers. fit() also kept a copy of the weights of the
epoch with the lowest validation loss: restoring it is early stopping.
"""
# --8<-- [start:save]
import copy
import tempfile
from pathlib import Path

import torch
from torch import nn

from _fit import evaluate, fit
from _sine import make_mlp, make_splits, stack

train_set, val_set, test_set = make_splits()
torch.manual_seed(0)
model = make_mlp()
optimizer = torch.optim.Adam(model.parameters(), lr=0.003)
history, best = fit(model, optimizer, train_set, val_set)
for name, tensor in model.state_dict().items():
    print(f"state_dict[{name!r}]: shape {tuple(tensor.shape)}")

x_test, y_test = stack(test_set)
with tempfile.TemporaryDirectory() as folder:
    path = Path(folder) / "model.pt"
    torch.save(model.state_dict(), path)
    fresh = make_mlp()
    model.eval()
    fresh.eval()
    assert not torch.equal(fresh(x_test), model(x_test))
    fresh.load_state_dict(torch.load(path, weights_only=True))
    assert torch.equal(fresh(x_test), model(x_test))
    print("check: a fresh model loaded from the file gives bit-identical outputs")
# --8<-- [end:save]

    torch.save({"epoch": len(history["val"]), "model": model.state_dict(),
                "optimizer": optimizer.state_dict()}, Path(folder) / "checkpoint.pt")
    checkpoint = torch.load(Path(folder) / "checkpoint.pt", weights_only=True)
print("checkpoint keys:", list(checkpoint))
print("optimizer state of the first weight:", list(checkpoint["optimizer"]["state"][0]))

net = nn.Linear(1, 1)
live = net.state_dict()
snapshot = copy.deepcopy(net.state_dict())
with torch.no_grad():
    net.weight.fill_(5.0)
print(f"after changing the weight: live {live['weight'].item():.1f}, "
      f"deep copy {snapshot['weight'].item():.4f}")
assert live["weight"].item() == 5.0 and snapshot["weight"].item() != 5.0
print("check: state_dict() holds the live tensors; only a deep copy freezes them")

fresh.load_state_dict(best["state"])
assert evaluate(fresh, val_set) == best["val"]
print(f"restored epoch {best['epoch']}: validation {evaluate(fresh, val_set):.4f}")
print(f"test loss, epoch {best['epoch']} weights: {evaluate(fresh, test_set):.4f}")
print(f"test loss, epoch {len(history['val'])} weights: "
      f"{evaluate(model, test_set):.4f}")
assert evaluate(fresh, test_set) < evaluate(model, test_set)
print("check: the early-stopped weights have the lower test loss here")
