"""Exercise 3: test digits moved by one pixel (the gap filled with zeros), classified
by the MLP and the CNN trained on the original images as before."""
import torch
import torch.nn.functional as F

from _digits import load_split, make_cnn, make_mlp
from _train import predict, train

X_train, X_test, y_train, y_test = load_split()
models = {"MLP": make_mlp, "CNN": make_cnn}


def shift(images, dy, dx):
    padded = F.pad(images, (1, 1, 1, 1))
    return padded[..., 1 - dy:9 - dy, 1 - dx:9 - dx]


shifts = {"none": (0, 0), "right": (0, 1), "left": (0, -1), "down": (1, 0),
          "up": (-1, 0)}
assert torch.equal(shift(X_test, 0, 0), X_test)
assert torch.equal(shift(X_test, 0, 1)[..., 1:], X_test[..., :-1])
print("check: shift moves every pixel by one and fills the gap with zeros")

print(f"{'shift':<8}" + "".join(f"{name:>8}" for name in models))
trained = {}
for name, make_model in models.items():
    torch.manual_seed(0)
    trained[name] = train(make_model(), X_train, y_train)
mean = dict.fromkeys(models, 0.0)
for label, (dy, dx) in shifts.items():
    row = f"{label:<8}"
    for name, model in trained.items():
        pred = predict(model, shift(X_test, dy, dx))
        acc = (pred == y_test).double().mean().item()
        row += f"{acc:>8.3f}"
        if label != "none":
            mean[name] += acc / 4
    print(row)
for name, value in mean.items():
    print(f"{name} mean accuracy over the four shifts: {value:.3f}")
assert mean["CNN"] > mean["MLP"]
print("check: on shifted digits the CNN keeps more of its accuracy than the MLP")
