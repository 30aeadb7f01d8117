"""A small convolutional neural network (CNN) that classifies the 8 x 8 digits.

Two convolution blocks (Conv2d, BatchNorm2d, ReLU) with max pooling in between, then
adaptive average pooling, Flatten, Dropout and one linear layer. Same data, split,
training loop and seeds as the MLP, so the two test results can be compared.
"""
import torch

from _digits import load_split, make_cnn
from _train import predict, train

X_train, X_test, y_train, y_test = load_split()


def report(epoch, train_loss):
    if epoch % 3 == 0:
        right = (predict(model, X_test) == y_test).sum().item()
        print(f"epoch {epoch:2d}  train loss {train_loss:.4f}  "
              f"test: {right} of {len(y_test)} correct")


torch.manual_seed(0)
model = make_cnn()
print(model)
train(model, X_train, y_train, after_epoch=report)

n_params = sum(p.numel() for p in model.parameters())
by_hand = ((16 * 1 * 9 + 16) + 2 * 16 + (32 * 16 * 9 + 32) + 2 * 32
           + (128 * 10 + 10))
print(f"CNN parameters: {n_params} (by hand: {by_hand})")
right = (predict(model, X_test) == y_test).sum().item()
print(f"CNN test images correct: {right}")
print(f"CNN test accuracy: {right / len(y_test):.3f}")
assert n_params == by_hand == 6186
assert right / len(y_test) >= 0.95
print("check: parameter count == formula, test accuracy >= 0.95")
