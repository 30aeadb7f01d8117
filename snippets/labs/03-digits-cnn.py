# --8<-- [start:load]
import matplotlib.pyplot as plt
import torch
from sklearn.datasets import load_digits

torch.manual_seed(0)
torch.set_num_threads(1)
torch.set_default_dtype(torch.float64)

digits = load_digits()
images = torch.tensor(digits.images / 16.0).unsqueeze(1)
labels = torch.tensor(digits.target)
print("images:", tuple(images.shape), images.dtype, " labels:", tuple(labels.shape))
print("pixel values: from", images.min().item(), "to", images.max().item())
print("images per digit:", torch.bincount(labels).tolist())

fig, axes = plt.subplots(1, 10, figsize=(6, 0.9))
for digit, ax in enumerate(axes):
    first = (labels == digit).nonzero()[0, 0]
    ax.imshow(images[first, 0], cmap="gray_r", vmin=0, vmax=1)
    ax.set_title(str(digit), fontsize=8)
    ax.axis("off")
plt.show()
# --8<-- [end:load]
# --8<-- [start:dataset]
from torch.utils.data import Dataset


class Digits(Dataset):
    """Images in [0, 1] and their labels; hands out (standardized image, label) pairs.

    stats = (mean, std) of the pixels: learned from these images when not given.
    transform(image, generator), if given, changes the image at every access.
    """

    def __init__(self, images, labels, stats=None, transform=None, seed=0):
        self.images, self.labels, self.transform = images, labels, transform
        if stats is None:
            stats = (images.mean(), images.std(correction=0))
        self.stats = stats
        self.generator = torch.Generator().manual_seed(seed)

    def __len__(self):
        return len(self.images)

    def __getitem__(self, i):
        image = self.images[i]
        if self.transform is not None:
            image = self.transform(image, self.generator)
        mean, std = self.stats
        return (image - mean) / std, self.labels[i]
# --8<-- [end:dataset]
# --8<-- [start:split]
N = len(images)
n_val = n_test = 360
n_train = N - n_val - n_test
perm = torch.randperm(N, generator=torch.Generator().manual_seed(0))
train_idx, val_idx, test_idx = perm.split([n_train, n_val, n_test])
assert sorted(torch.cat([train_idx, val_idx, test_idx]).tolist()) == list(range(N))
train_set = Digits(images[train_idx], labels[train_idx])
val_set = Digits(images[val_idx], labels[val_idx], stats=train_set.stats)
test_set = Digits(images[test_idx], labels[test_idx], stats=train_set.stats)
print("sizes (train, validation, test):", len(train_set), len(val_set), len(test_set))
mean, std = train_set.stats
print(f"training pixel mean: {mean:.4f}")
print(f"training pixel std: {std:.4f}")
blank = (train_set.images.flatten(1).amax(dim=0) == 0).sum().item()
print("pixel positions that are 0 in every training image:", blank)

for name, dataset in [("train", train_set), ("validation", val_set),
                      ("test", test_set)]:
    X = torch.stack([x for x, _ in dataset])
    print(f"{name:>10} after standardizing: mean {X.mean():+.4f}, "
          f"std {X.std(correction=0):.4f}")
    if name == "train":
        assert torch.isclose(X.mean(), torch.tensor(0.0), atol=1e-12)
        assert torch.isclose(X.std(correction=0), torch.tensor(1.0))
print("check: every image is in exactly one set; training pixels have mean 0, std 1")
# --8<-- [end:split]
# --8<-- [start:loaders]
from torch.utils.data import DataLoader


def make_loader(dataset):
    return DataLoader(dataset, batch_size=64, shuffle=True,
                      generator=torch.Generator().manual_seed(0))


loader = make_loader(train_set)
xb, yb = next(iter(loader))
sizes = [len(labels_b) for _, labels_b in loader]
print("batches per epoch:", len(sizes))
print("size of the last batch:", sizes[-1])
assert sum(sizes) == len(train_set)
print("one batch: x", tuple(xb.shape), " y", tuple(yb.shape))
print("labels at the start of the first batch:", yb[:10].tolist())
assert torch.equal(next(iter(make_loader(train_set)))[1], yb)
print("check: a new loader with the same seed starts with the same batch")
# --8<-- [end:loaders]
# --8<-- [start:train-loop]
from torch import nn


@torch.inference_mode()
def predict(model, dataset):
    model.eval()
    X, _ = next(iter(DataLoader(dataset, batch_size=len(dataset))))
    return model(X).argmax(dim=1)


def fit(model, dataset, num_epochs=10, lr=1e-2):
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    loss_fn = nn.CrossEntropyLoss()
    loader = make_loader(dataset)
    for epoch in range(1, num_epochs + 1):
        model.train()
        total = 0.0
        for xb, yb in loader:
            loss = loss_fn(model(xb), yb)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            total += loss.item() * len(xb)
        right = (predict(model, val_set) == val_set.labels).sum().item()
        print(f"epoch {epoch:2d}: train loss {total / len(dataset):.3f}, "
              f"validation {right} of {len(val_set)} correct")
    return model
# --8<-- [end:train-loop]
# --8<-- [start:mlp]
def make_mlp():
    return nn.Sequential(
        nn.Flatten(),
        nn.Linear(64, 32), nn.ReLU(),
        nn.Linear(32, 10),
    )


torch.manual_seed(0)
mlp = fit(make_mlp(), train_set)
# --8<-- [end:mlp]
# --8<-- [start:cnn]
def make_cnn():
    return nn.Sequential(
        nn.Conv2d(1, 8, 3, padding=1), nn.BatchNorm2d(8), nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Conv2d(8, 16, 3, padding=1), nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Flatten(),
        nn.Linear(16 * 2 * 2, 10),
    )


torch.manual_seed(0)
cnn = fit(make_cnn(), train_set)
# --8<-- [end:cnn]
# --8<-- [start:test]
y_test = test_set.labels
y_hat = {"MLP": predict(mlp, test_set), "CNN": predict(cnn, test_set)}
for name, pred in y_hat.items():
    right = (pred == y_test).sum().item()
    print(f"{name} test images correct: {right}")
    print(f"{name} test accuracy: {right / len(y_test):.3f}")
# --8<-- [end:test]
# --8<-- [start:confusion]
def confusion(y, y_hat, K=10):
    return torch.bincount(K * y + y_hat, minlength=K * K).reshape(K, K)


fig, axes = plt.subplots(1, 2, figsize=(6.4, 3.4))
for ax, (name, pred) in zip(axes, y_hat.items()):
    C = confusion(y_test, pred)
    assert C.sum() == len(y_test) and C.trace() == (pred == y_test).sum()
    print(f"{name} mistakes (off-diagonal sum): {(C.sum() - C.trace()).item()}")
    ax.imshow(C, cmap="Blues")
    for j, k in C.nonzero().tolist():
        color = "white" if C[j, k] > C.max() / 2 else "black"
        ax.text(k, j, str(C[j, k].item()), ha="center", va="center", fontsize=6,
                color=color)
    ax.set_xticks(range(10))
    ax.set_yticks(range(10))
    ax.tick_params(labelsize=7)
    ax.set_xlabel(r"predicted digit $\hat{y}$", fontsize=8)
    ax.set_ylabel(r"true digit $y$", fontsize=8)
    ax.set_title(name, fontsize=9)
print("check: each matrix sums to the number of test images;")
print("       its trace is the number of correct predictions")
fig.tight_layout()
plt.show()
# --8<-- [end:confusion]
# --8<-- [start:save-load]
torch.save(cnn.state_dict(), "digits_cnn.pt")
for name, tensor in cnn.state_dict().items():
    print(f"saved {name}: shape {tuple(tensor.shape)}")
X_test = torch.stack([x for x, _ in test_set])


@torch.inference_mode()
def scores(model):
    return model.eval()(X_test)


torch.manual_seed(1)
fresh = make_cnn()
assert not torch.equal(scores(fresh), scores(cnn))
fresh.load_state_dict(torch.load("digits_cnn.pt", weights_only=True))
assert torch.equal(scores(fresh), scores(cnn))
assert torch.equal(predict(fresh, test_set), y_hat["CNN"])
print("check: the loaded model gives bit-identical scores and the same predictions")
# --8<-- [end:save-load]
# --8<-- [start:turn-1]
C = confusion(y_test, y_hat["MLP"])
both_ways = C + C.T
both_ways.fill_diagonal_(0)
most = both_ways.max().item()
j, k = divmod(both_ways.argmax().item(), 10)
print(f"MLP most confused pair: ({j}, {k})")
print(f"MLP mistakes within the pair: {most}")
print(f"MLP mistakes by direction: {j}->{k}: {C[j, k].item()}, "
      f"{k}->{j}: {C[k, j].item()}")
assert (both_ways == most).sum() == 2
print("check: no other pair of digits is confused as often")
# --8<-- [end:turn-1]
# --8<-- [start:turn-2]
import torch.nn.functional as F


def shift(image, dy, dx):
    """Move the image dy rows down and dx columns right (-1, 0 or 1), filling with 0."""
    h, w = image.shape[-2:]
    padded = F.pad(image, (1, 1, 1, 1))
    return padded[..., 1 - dy:1 - dy + h, 1 - dx:1 - dx + w]


def random_shift(image, generator):
    dy, dx = torch.randint(-1, 2, (2,), generator=generator).tolist()
    return shift(image, dy, dx)


moved = [Digits(shift(test_set.images, dy, dx), y_test, stats=train_set.stats)
         for dy, dx in [(-1, 0), (1, 0), (0, -1), (0, 1)]]
augmented = Digits(train_set.images, train_set.labels, stats=train_set.stats,
                   transform=random_shift)
torch.manual_seed(0)
cnn_aug = fit(make_cnn(), augmented)
accuracy = {}
for name, model in [("CNN", cnn), ("augmented CNN", cnn_aug)]:
    right = (predict(model, test_set) == y_test).sum().item()
    right_moved = sum((predict(model, d) == y_test).sum().item() for d in moved)
    accuracy[name] = right_moved / (4 * len(y_test))
    print(f"{name} test accuracy (original digits): {right / len(y_test):.3f}")
    print(f"{name} test accuracy (shifted digits): {accuracy[name]:.3f}")
assert accuracy["augmented CNN"] > accuracy["CNN"] + 0.1
print("check: shifted training copies make the CNN much better on shifted digits")
# --8<-- [end:turn-2]
# --8<-- [start:turn-3]
n_mlp = sum(p.numel() for p in mlp.parameters())
n_cnn = sum(p.numel() for p in cnn.parameters())
saved = torch.load("digits_cnn.pt", weights_only=True)
n_saved = sum(t.numel() for t in saved.values())
print(f"MLP parameters: {n_mlp}")
print(f"CNN parameters: {n_cnn}")
print(f"numbers in digits_cnn.pt: {n_saved}")
assert n_mlp == (64 * 32 + 32) + (32 * 10 + 10) == 2410
assert n_cnn == (8 * 1 * 9 + 8) + 2 * 8 + (16 * 8 * 9 + 16) + (64 * 10 + 10) == 1914
buffers = {name: b.numel() for name, b in cnn.named_buffers()}
print("buffers (saved, not parameters):",
      ", ".join(f"{name} {count}" for name, count in buffers.items()))
assert n_saved == n_cnn + sum(buffers.values()) == 1914 + 8 + 8 + 1
assert n_cnn < n_mlp and (y_hat["CNN"] == y_test).sum() > (y_hat["MLP"] == y_test).sum()
print("check: both counts match the formulas; the file adds the batch-norm buffers")
print("check: the CNN has fewer parameters and more correct test images than the MLP")
# --8<-- [end:turn-3]
