"""A multilayer perceptron (MLP) that classifies the 8 x 8 digits.

The image is flattened to 64 numbers and passes two hidden layers of 64 ReLU units
and an output layer of 10 scores. Data and model come from `_digits.py`, the seeded
training loop from `_train.py`.
"""
import torch

from _digits import load_split, make_mlp
from _train import predict, train

X_train, X_test, y_train, y_test = load_split()


def report(epoch, train_loss):
    if epoch % 3 == 0:
        right = (predict(model, X_test) == y_test).sum().item()
        print(f"epoch {epoch:2d}  train loss {train_loss:.4f}  "
              f"test: {right} of {len(y_test)} correct")


torch.manual_seed(0)
model = make_mlp()
train(model, X_train, y_train, after_epoch=report)

n_params = sum(p.numel() for p in model.parameters())
by_hand = (64 * 64 + 64) + (64 * 64 + 64) + (64 * 10 + 10)
print(f"MLP parameters: {n_params} (by hand: {by_hand})")
right = (predict(model, X_test) == y_test).sum().item()
print(f"MLP test images correct: {right}")
print(f"MLP test accuracy: {right / len(y_test):.3f}")
assert n_params == by_hand == 8970
assert right / len(y_test) >= 0.95
print("check: parameter count == formula, test accuracy >= 0.95")
