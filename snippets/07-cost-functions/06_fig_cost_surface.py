"""The MSE cost of a line fit as a surface over (w, b), and its closed-form minimum.

Setting both partial derivatives of L(w, b) to zero gives the least-squares line. The
snippet computes it from the formulas, compares it with torch.linalg.lstsq and with the
lowest point of a grid, and draws L as contours and as a surface with the minimum
marked.
"""
import matplotlib.pyplot as plt
import torch

torch.manual_seed(0)
N = 20
x = 2 * torch.rand(N, dtype=torch.float64)
y = 2 * x + 1 + 0.3 * torch.randn(N, dtype=torch.float64)


def L(w, b):
    return ((w * x + b - y) ** 2).mean()


x_bar, y_bar = x.mean(), y.mean()
w_star = ((x - x_bar) * (y - y_bar)).sum() / ((x - x_bar) ** 2).sum()
b_star = y_bar - w_star * x_bar
print(f"closed form w*: {w_star:.4f}")
print(f"closed form b*: {b_star:.4f}")
print(f"L(w*, b*): {L(w_star, b_star):.4f}")

dL_dw = 2 * ((w_star * x + b_star - y) * x).mean()
dL_db = 2 * (w_star * x + b_star - y).mean()
assert abs(dL_dw) < 1e-12 and abs(dL_db) < 1e-12
print("check: both partial derivatives vanish at (w*, b*) (|dL/dw|, |dL/db| < 1e-12)")

X = torch.stack([x, torch.ones_like(x)], dim=1)
w_ls, b_ls = torch.linalg.lstsq(X, y.unsqueeze(1)).solution.squeeze(1)
print(f"torch.linalg.lstsq: w = {w_ls:.4f}  b = {b_ls:.4f}")
assert torch.allclose(torch.stack([w_ls, b_ls]), torch.stack([w_star, b_star]))

ws = torch.linspace(0, 4, 201, dtype=torch.float64)
bs = torch.linspace(-1, 3, 201, dtype=torch.float64)
Wg, Bg = torch.meshgrid(ws, bs, indexing="ij")
Lg = ((Wg[..., None] * x + Bg[..., None] - y) ** 2).mean(dim=-1)
i, j = divmod(Lg.argmin().item(), len(bs))
print(f"lowest grid point (step 0.02): ({ws[i]:.2f}, {bs[j]:.2f})")
assert abs(ws[i] - w_star) <= 0.02 and abs(bs[j] - b_star) <= 0.02
print("check: closed form == lstsq, and the lowest grid point is next to it")

fig = plt.figure(figsize=(9, 3.5))
ax1 = fig.add_subplot(1, 2, 1)
levels = [0.07, 0.1, 0.2, 0.4, 0.8, 1.6, 3.2, 6.4, 12.8]
cs = ax1.contour(Wg, Bg, Lg, levels=levels, cmap="viridis")
ax1.clabel(cs, levels[1::2], fontsize=7, fmt="%g")
ax1.plot(w_star, b_star, "r*", markersize=12, label="$(w^*, b^*)$")
ax1.set_xlabel("$w$")
ax1.set_ylabel("$b$")
ax1.legend(loc="upper right")

ax2 = fig.add_subplot(1, 2, 2, projection="3d")
ax2.plot_surface(Wg, Bg, Lg, cmap="viridis", alpha=0.8, linewidth=0,
                 rstride=5, cstride=5)
ax2.scatter([w_star], [b_star], [L(w_star, b_star)], color="red", s=40)
ax2.set_xlabel("$w$")
ax2.set_ylabel("$b$")
ax2.set_zlabel(r"$\mathcal{L}(w, b)$")
ax2.view_init(elev=30, azim=-60)
fig.tight_layout()
plt.show()
