"""The test digits each model gets wrong, drawn with their true and predicted labels.

Both models are retrained with the chapter's seeds. The MLP's mistakes are summarized
in a confusion matrix (rows: true digit, columns: predicted digit).
"""
import matplotlib.pyplot as plt
import torch
from sklearn.metrics import confusion_matrix

from _digits import load_split, make_cnn, make_mlp
from _train import predict, train

X_train, X_test, y_train, y_test = load_split()
wrong = {}
for name, make_model in [("MLP", make_mlp), ("CNN", make_cnn)]:
    torch.manual_seed(0)
    model = train(make_model(), X_train, y_train)
    y_pred = predict(model, X_test)
    index = (y_pred != y_test).nonzero().flatten()
    pairs = [f"{y_test[i].item()}->{y_pred[i].item()}" for i in index]
    print(f"{name} mistakes: {len(pairs)}")
    print(f"{name} mistakes (true->predicted):", " ".join(pairs))
    if name == "MLP":
        cm = confusion_matrix(y_test, y_pred)
        print("MLP confusion matrix (row = true digit, column = predicted digit):")
        print("\n".join("  " + " ".join(f"{v:2d}" for v in row) for row in cm))
        assert cm.sum() - cm.trace() == len(pairs)
        off = cm - cm.diagonal() * torch.eye(10, dtype=torch.long).numpy()
        t, p = divmod(int(off.argmax()), 10)
        print(f"MLP most frequent confusion: {t}->{p}")
        print(f"MLP most frequent confusion count: {off.max()}")
    wrong[name] = (index, X_test[index], y_test[index], y_pred[index])
print("check: off-diagonal sum of the confusion matrix == number of MLP mistakes")
shared = set(wrong["MLP"][0].tolist()) & set(wrong["CNN"][0].tolist())
print("test images both models get wrong:", len(shared))

n_cols = 8
rows = {name: -(-len(w[0]) // n_cols) for name, w in wrong.items()}
n_rows = sum(rows.values())
fig, axes = plt.subplots(n_rows, n_cols, figsize=(8, 1.1 * n_rows), squeeze=False)
row = 0
for name, (_, images, truth, guess) in wrong.items():
    for k in range(rows[name] * n_cols):
        ax = axes[row + k // n_cols, k % n_cols]
        ax.set_xticks([])
        ax.set_yticks([])
        if k < len(images):
            ax.imshow(images[k, 0], cmap="gray_r", vmin=0, vmax=1)
            ax.set_title(f"{truth[k].item()} → {guess[k].item()}", fontsize=9)
        else:
            ax.axis("off")
    axes[row, 0].set_ylabel(name, fontsize=10)
    row += rows[name]
plt.tight_layout()
plt.show()
