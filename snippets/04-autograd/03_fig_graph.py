"""Figure: the computation graph of L = (w x - y)^2 with forward values and gradients.

Values flow left to right (black); after `loss.backward()` the gradients flow right to
left (red). `retain_grad()` keeps the gradients of the intermediate tensors for display.
"""
import matplotlib.pyplot as plt
import torch

w = torch.tensor(0.2, requires_grad=True)
x = torch.tensor(30.2)
y = torch.tensor(10.5)
y_hat = w * x
error = y_hat - y
loss = error**2
for node in (y_hat, error, loss):
    node.retain_grad()
loss.backward()

values = {"w": (w, (0.0, 1.0)), "x": (x, (0.0, -1.0)), r"\hat{y}": (y_hat, (3.0, 0.0)),
          "y": (y, (3.0, 2.0)), "e": (error, (6.0, 0.0)), "L": (loss, (9.0, 0.0))}
for name, tensor in [("y_hat", y_hat), ("e", error), ("L", loss)]:
    print(f"{name}: {tensor.item():.6g}")
    print(f"dL/d{name}: {tensor.grad.item():.6g}")
print(f"dL/dw: {w.grad.item():.6g}")
printed = [f"{t.item():.6g}" for t in (y_hat, error, loss, error.grad, w.grad)]
assert printed == ["6.04", "-4.46", "19.8916", "-8.92", "-269.384"]
ops = {r"$\times$": (1.5, 0.0), r"$-$": (4.5, 0.0), r"$(\cdot)^2$": (7.5, 0.0)}
edges = [("w", r"$\times$"), ("x", r"$\times$"), (r"$\times$", r"\hat{y}"),
         (r"\hat{y}", r"$-$"), ("y", r"$-$"), (r"$-$", "e"), ("e", r"$(\cdot)^2$"),
         (r"$(\cdot)^2$", "L")]

fig, ax = plt.subplots(figsize=(9, 3.5))
boxes = {}
for label, (px, py) in ops.items():
    boxes[label] = ax.text(px, py, label, ha="center", va="center", fontsize=12,
                           bbox=dict(boxstyle="square", facecolor="lightgray"))
for name, (tensor, (px, py)) in values.items():
    boxes[name] = ax.text(px, py, f"${name} = {tensor.item():.6g}$", ha="center",
                          va="center", fontsize=11,
                          bbox=dict(boxstyle="round", facecolor="white"))
    if tensor.grad is not None:
        grad_label = rf"$\partial L/\partial {name} = {tensor.grad.item():.6g}$"
        dy = 0.5 if name == "w" else -0.55
        ax.text(px, py + dy, grad_label, ha="center", va="center", fontsize=10,
                color="tab:red")
for start, end in edges:
    ax.annotate("", xy=(0.5, 0.5), xycoords=boxes[end], xytext=(0.5, 0.5),
                textcoords=boxes[start],
                arrowprops=dict(arrowstyle="->", shrinkA=2, shrinkB=2,
                                patchA=boxes[start].get_bbox_patch(),
                                patchB=boxes[end].get_bbox_patch()))
ax.annotate("", xy=(9.6, 1.5), xytext=(5.6, 1.5),
            arrowprops=dict(arrowstyle="->", color="black", lw=1.5))
ax.text(7.6, 1.7, "forward: values", ha="center", fontsize=10)
ax.annotate("", xy=(5.6, -1.5), xytext=(9.6, -1.5),
            arrowprops=dict(arrowstyle="->", color="tab:red", lw=1.5))
ax.text(7.6, -1.9, "backward: gradients", ha="center", fontsize=10, color="tab:red")
ax.set_xlim(-1.0, 10.2)
ax.set_ylim(-2.3, 2.5)
ax.axis("off")
fig.tight_layout()
plt.show()
