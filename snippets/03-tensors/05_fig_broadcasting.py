"""Figure: broadcasting a column and a row to a matrix.

A (3, 1) column plus a (4,) row gives a (3, 4) matrix. Solid cells are stored entries;
pale cells are the copies broadcasting pretends exist (nothing is copied in memory).
"""
import matplotlib.pyplot as plt
import torch

col = torch.tensor([[100.0], [200.0], [300.0]])
row = torch.tensor([10.0, 20.0, 30.0, 40.0])
C = col + row


def draw_grid(ax, values, x0, stored, color, label):
    rows, cols = values.shape
    for i in range(rows):
        for j in range(cols):
            real = stored(i, j)
            ax.add_patch(plt.Rectangle(
                (x0 + j, -i - 1), 1, 1, facecolor=color, alpha=0.85 if real else 0.2,
                edgecolor="black", linewidth=1.2 if real else 0.5,
                linestyle="-" if real else "--"))
            ax.text(x0 + j + 0.5, -i - 0.5, f"{values[i, j]:g}", ha="center",
                    va="center", fontsize=9, color="black" if real else "dimgray")
    ax.text(x0 + cols / 2, -rows - 0.6, label, ha="center", va="top", fontsize=10)


fig, ax = plt.subplots(figsize=(9, 3.5))
draw_grid(ax, col.expand(3, 4), 0, lambda i, j: j == 0, "tab:blue",
          "col: (3, 1) → (3, 4)")
ax.text(4.75, -1.5, "+", ha="center", va="center", fontsize=20)
draw_grid(ax, row.expand(3, 4), 5.5, lambda i, j: i == 0, "tab:orange",
          "row: (4,) → (1, 4) → (3, 4)")
ax.text(10.25, -1.5, "=", ha="center", va="center", fontsize=20)
draw_grid(ax, C, 11, lambda i, j: True, "tab:green", "col + row: (3, 4)")
ax.set_xlim(-0.3, 15.3)
ax.set_ylim(-4.4, 0.3)
ax.set_aspect("equal")
ax.axis("off")
fig.tight_layout()
plt.show()
