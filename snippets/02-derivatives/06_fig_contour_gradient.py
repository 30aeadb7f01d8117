"""Contour lines of L(w, b) and its gradient at many points at once.

The gradient at every point of a grid comes from one backward pass: each L(w_ij, b_ij)
depends only on its own (w_ij, b_ij), so the gradient of their sum holds every point's
gradient. Arrows show the gradient's direction (all drawn at one length); they cross
the contours at right angles and point uphill.
"""
import matplotlib.pyplot as plt
import torch

torch.set_default_dtype(torch.float64)
x = torch.tensor([1.0, 2.0, 3.0])
y = torch.tensor([2.0, 3.0, 5.0])


def cost_grid(W, B):
    return ((W[..., None] * x + B[..., None] - y) ** 2).mean(dim=-1)


W, B = torch.meshgrid(torch.linspace(-1.0, 4.0, 11), torch.linspace(-1.5, 2.0, 8),
                      indexing="xy")
W.requires_grad_(True)
B.requires_grad_(True)
cost_grid(W, B).sum().backward()
print("grid of points:", tuple(W.shape), "-> gradients:", tuple(W.grad.shape))

with torch.no_grad():
    e = W[..., None] * x + B[..., None] - y
    assert torch.allclose(W.grad, 2 * (e * x).mean(dim=-1))
    assert torch.allclose(B.grad, 2 * e.mean(dim=-1))
print("check: autograd == hand formulas at all", W.numel(), "grid points")
i, j = 3, 4
print(f"at (w, b) = ({W[i, j]:.2f}, {B[i, j]:.2f}): "
      f"gradient = ({W.grad[i, j]:.4f}, {B.grad[i, j]:.4f})")

w_fine, b_fine = torch.meshgrid(torch.linspace(-1.0, 4.0, 300),
                                torch.linspace(-1.5, 2.0, 300), indexing="xy")
with torch.no_grad():
    L_fine = cost_grid(w_fine, b_fine)
    norm = torch.sqrt(W.grad**2 + B.grad**2)
    U, V = W.grad / norm, B.grad / norm

plt.figure(figsize=(6, 4))
levels = [0.25, 1, 2, 4, 8, 16]
contours = plt.contour(w_fine, b_fine, L_fine, levels=levels, cmap="viridis",
                       linewidths=1)
plt.clabel(contours, fontsize=7, fmt="%g")
plt.quiver(W.detach(), B.detach(), U, V, color="gray", angles="xy",
           scale_units="xy", scale=2.5, width=0.003)
plt.quiver([1.0], [0.0], [U[i, j]], [V[i, j]], color="C3", angles="xy",
           scale_units="xy", scale=1.25, width=0.006, label=r"$\nabla L(1, 0)$")
plt.plot([1.0], [0.0], "o", color="C3", markersize=5)
plt.plot([1.5], [1 / 3], "*", color="black", markersize=10, label="minimum")
plt.gca().set_aspect("equal")
plt.xlabel("$w$")
plt.ylabel("$b$")
plt.legend(loc="upper right", fontsize=8)
plt.tight_layout()
plt.show()
