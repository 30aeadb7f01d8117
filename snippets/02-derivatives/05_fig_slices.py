"""A partial derivative is the slope of a slice.

Hold b = 0 and L(w, 0) is a curve in w alone; its slope at w = 1 is dL/dw. Hold
w = 1 and L(1, b) is a curve in b; its slope at b = 0 is dL/db. Slopes come from
autograd.
"""
import matplotlib.pyplot as plt
import torch

torch.set_default_dtype(torch.float64)
x = torch.tensor([1.0, 2.0, 3.0])
y = torch.tensor([2.0, 3.0, 5.0])


def cost(w, b):
    return ((w * x + b - y) ** 2).mean()


w0 = torch.tensor(1.0, requires_grad=True)
b0 = torch.tensor(0.0, requires_grad=True)
L0 = cost(w0, b0)
L0.backward()
print(f"slope of the w-slice at w = 1 (dL/dw): {w0.grad:.4f}")
print(f"slope of the b-slice at b = 0 (dL/db): {b0.grad:.4f}")

L0 = L0.item()
ws = torch.linspace(0.0, 2.5, 200)
bs = torch.linspace(-1.5, 2.5, 200)
with torch.no_grad():
    slice_w = torch.stack([cost(w, b0) for w in ws])
    slice_b = torch.stack([cost(w0, b) for b in bs])

fig, (left, right) = plt.subplots(1, 2, figsize=(9, 3.5), sharey=True)
left.plot(ws, slice_w, color="black", label="$L(w, 0)$")
left.plot(ws, L0 + w0.grad * (ws - 1.0), color="C3",
          label=r"slope $\partial L/\partial w$")
left.plot([1.0], [L0], "o", color="C3")
left.set_xlabel("$w$  ($b = 0$ fixed)")
left.set_ylabel("$L$")
right.plot(bs, slice_b, color="black", label="$L(1, b)$")
right.plot(bs, L0 + b0.grad * bs, color="C0", label=r"slope $\partial L/\partial b$")
right.plot([0.0], [L0], "o", color="C0")
right.set_xlabel("$b$  ($w = 1$ fixed)")
for ax in (left, right):
    ax.set_ylim(-0.5, 8.0)
    ax.legend(loc="upper right")
plt.tight_layout()
plt.show()
