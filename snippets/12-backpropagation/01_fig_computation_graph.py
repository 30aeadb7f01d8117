"""The computation graph of a 2-2-1 network, drawn with boxes and arrows.

Values flow left to right (forward pass). Each arrow carries, in red, its local
derivative: the factor the backward pass multiplies the incoming gradient by when it
walks the arrow from right to left.
"""
import matplotlib.pyplot as plt
from matplotlib.patches import FancyBboxPatch

nodes = {
    "x1": (0.0, 3.0, "$x_1$"),
    "x2": (0.0, 0.0, "$x_2$"),
    "z1": (2.6, 3.0, "$z_1$"),
    "z2": (2.6, 0.0, "$z_2$"),
    "h1": (5.0, 3.0, "$h_1$"),
    "h2": (5.0, 0.0, "$h_2$"),
    "yhat": (7.6, 1.5, r"$\hat{y}$"),
    "L": (10.0, 1.5, r"$\mathcal{L}$"),
    "y": (7.6, -0.9, "$y$"),
}
operations = {"z1": "linear", "z2": "linear", "h1": r"$\sigma$", "h2": r"$\sigma$",
              "yhat": "linear", "L": "squared error"}
edges = [
    ("x1", "z1", r"$w^{[1]}_{11}$", 0.30, (0, 9)),
    ("x2", "z1", r"$w^{[1]}_{12}$", 0.22, (-20, 4)),
    ("x1", "z2", r"$w^{[1]}_{21}$", 0.22, (-20, -8)),
    ("x2", "z2", r"$w^{[1]}_{22}$", 0.30, (0, -13)),
    ("z1", "h1", r"$\sigma'(z_1)$", 0.50, (0, 9)),
    ("z2", "h2", r"$\sigma'(z_2)$", 0.50, (0, -13)),
    ("h1", "yhat", r"$w^{[2]}_1$", 0.50, (8, 9)),
    ("h2", "yhat", r"$w^{[2]}_2$", 0.50, (8, -13)),
    ("yhat", "L", r"$2(\hat{y}-y)$", 0.50, (0, 9)),
]

fig, ax = plt.subplots(figsize=(9, 4.2))
for key, (x, y, label) in nodes.items():
    color = "#e8eef9" if key not in ("x1", "x2", "y") else "#f2f2f2"
    ax.add_patch(FancyBboxPatch((x - 0.42, y - 0.32), 0.84, 0.64,
                                boxstyle="round,pad=0.05", facecolor=color,
                                edgecolor="black", linewidth=1.2, zorder=2))
    ax.text(x, y, label, ha="center", va="center", fontsize=15, zorder=3)
    if key in operations:
        ax.text(x, y + 0.52, operations[key], ha="center", va="bottom", fontsize=9,
                color="dimgray")

for start, end, local, where, offset in edges:
    (x0, y0, _), (x1, y1, _) = nodes[start], nodes[end]
    ax.annotate("", xy=(x1 - 0.47, y1), xytext=(x0 + 0.47, y0),
                arrowprops=dict(arrowstyle="-|>", color="black", linewidth=1.2,
                                shrinkA=0, shrinkB=0), zorder=1)
    xm = x0 + 0.47 + where * (x1 - x0 - 0.94)
    ym = y0 + where * (y1 - y0)
    ax.annotate(local, xy=(xm, ym), xytext=offset, textcoords="offset points",
                ha="center", va="center", fontsize=10, color="C3")

(xa, ya, _), (xb, yb, _) = nodes["y"], nodes["L"]
ax.annotate("", xy=(xb - 0.2, yb - 0.37), xytext=(xa + 0.47, ya),
            arrowprops=dict(arrowstyle="-|>", color="black", linewidth=1.2))
ax.text(2.85, 1.5, r"$W^{[1]},\ \mathbf{b}^{[1]}$", ha="center", va="center",
        fontsize=10, color="dimgray")
ax.text(7.6, 0.6, r"$\mathbf{w}^{[2]},\ b^{[2]}$", ha="center", va="center",
        fontsize=10, color="dimgray")

ax.annotate("", xy=(10.3, 4.45), xytext=(-0.3, 4.45),
            arrowprops=dict(arrowstyle="-|>", color="black", linewidth=1.5))
ax.text(5.0, 4.6, "forward: values", ha="center", va="bottom", fontsize=10)
ax.annotate("", xy=(-0.3, -1.75), xytext=(10.3, -1.75),
            arrowprops=dict(arrowstyle="-|>", color="C3", linewidth=1.5))
ax.text(5.0, -1.9, "backward: gradients (multiply by local derivatives)", ha="center",
        va="top", fontsize=10, color="C3")

ax.set_xlim(-0.7, 10.7)
ax.set_ylim(-2.5, 5.1)
ax.set_aspect("equal")
ax.axis("off")
fig.tight_layout()
plt.show()
