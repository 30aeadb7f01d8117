"""Exercise 3: measuring the validation loss of a dropout model without model.eval().

In training mode every measurement draws new dropout masks, so the same model on the
same data gives a different loss each time, and a larger one on average.
"""
import torch

from _fit import evaluate, fit, loss_fn
from _sine import make_mlp, make_splits, stack

train_set, val_set, test_set = make_splits()
torch.manual_seed(0)
model = make_mlp(p=0.3)
optimizer = torch.optim.Adam(model.parameters(), lr=0.003)
fit(model, optimizer, train_set, val_set, num_epochs=100)

x_val, y_val = stack(val_set)
model.train()
with torch.no_grad():
    forgot = [loss_fn(model(x_val), y_val).item() for _ in range(5)]
right = [evaluate(model, val_set) for _ in range(2)]
print("train mode, five measurements:", [f"{loss:.4f}" for loss in forgot])
print("eval mode, two measurements:  ", [f"{loss:.4f}" for loss in right])
assert len(set(forgot)) == 5 and right[0] == right[1]
assert sum(forgot) / len(forgot) > right[0]
print("check: train-mode losses scatter and are higher on average; eval mode repeats")
