"""The MLP and the CNN side by side: parameters per layer, learning curves, accuracy.

Both models are trained exactly as in the two previous programs (same helpers, same
seeds), so the final results match theirs.
"""
import matplotlib.pyplot as plt
import torch

from _digits import load_split, make_cnn, make_mlp
from _train import predict, train

X_train, X_test, y_train, y_test = load_split()
results = {}
for name, make_model in [("MLP", make_mlp), ("CNN", make_cnn)]:
    torch.manual_seed(0)
    model = make_model()
    losses, accs = [], []

    def record(epoch, train_loss):
        losses.append(train_loss)
        accs.append((predict(model, X_test) == y_test).double().mean().item())

    train(model, X_train, y_train, after_epoch=record)
    results[name] = (model, losses, accs)

for name, (model, _, accs) in results.items():
    print(f"[{name}] parameters per layer")
    for layer in model:
        n = sum(p.numel() for p in layer.parameters())
        if n:
            print(f"  {type(layer).__name__:<12} {n:>5}")
    total = sum(p.numel() for p in model.parameters())
    print(f"  {'total':<12} {total:>5}   test accuracy {accs[-1]:.3f}")

mlp_acc, cnn_acc = results["MLP"][2][-1], results["CNN"][2][-1]
n_mlp, n_cnn = (sum(p.numel() for p in results[k][0].parameters()) for k in results)
print(f"CNN / MLP parameters: {n_cnn / n_mlp:.2f}")
assert mlp_acc >= 0.95 and cnn_acc >= mlp_acc
assert sum(p.numel() for p in results["MLP"][0][1].parameters()) == 64 * 64 + 64 == 4160
assert (n_mlp, n_cnn) == (8970, 6186)
cnn_layers = [sum(p.numel() for p in layer.parameters()) for layer in results["CNN"][0]]
assert [n for n in cnn_layers if n] == [160, 32, 4640, 64, 1290]
print("check: MLP accuracy >= 0.95 and CNN accuracy >= MLP accuracy")

fig, (ax_loss, ax_acc) = plt.subplots(1, 2, figsize=(9, 3.5))
for name, (_, losses, accs) in results.items():
    epochs = range(1, len(losses) + 1)
    ax_loss.plot(epochs, losses, marker="o", markersize=3, label=name)
    ax_acc.plot(epochs, accs, marker="o", markersize=3, label=name)
ax_loss.set_xlabel("epoch")
ax_loss.set_ylabel("train loss")
ax_loss.set_yscale("log")
ax_acc.set_xlabel("epoch")
ax_acc.set_ylabel("test accuracy")
ax_acc.axhline(0.95, color="gray", linestyle=":", linewidth=1)
for ax in (ax_loss, ax_acc):
    ax.legend()
    ax.grid(alpha=0.3)
plt.tight_layout()
plt.show()
