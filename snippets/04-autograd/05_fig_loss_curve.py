"""Figure: the loss as a function of the weight, its tangent, and one update step.

L(w) = (w x - y)^2 is a parabola in w. The slope of the tangent at w = 0.2 is dL/dw from
autograd; the step w <- w - lr * dL/dw moves downhill towards the minimum at w = y / x.
"""
import matplotlib.pyplot as plt
import torch

x, y, lr = 30.2, 10.5, 0.0001


def loss_fn(w):
    return (w * x - y) ** 2


w0 = torch.tensor(0.2, requires_grad=True)
loss_fn(w0).backward()
slope = w0.grad.item()
w0 = w0.item()
w1 = w0 - lr * slope
w_star = y / x
print(f"slope dL/dw at w0: {slope:.2f}")
print(f"w1 = w0 - lr * slope: {w1:.4f}")
print(f"L(w0): {loss_fn(w0):.4f}")
print(f"tangent's guess for L(w1): {loss_fn(w0) + slope * (w1 - w0):.4f}")
print(f"true L(w1): {loss_fn(w1):.4f}")
print(f"minimum at w* = y / x: {w_star:.4f}")
assert f"{w1:.4f} {w_star:.4f}" == "0.2269 0.3477"
assert f"{loss_fn(w0):.4f} {loss_fn(w1):.4f}" == "19.8916 13.2967"

fig, axes = plt.subplots(1, 2, figsize=(9, 3.5))
for ax, (lo, hi) in zip(axes, [(0.0, 0.7), (0.17, 0.26)]):
    ws = torch.linspace(lo, hi, 200)
    ax.plot(ws, loss_fn(ws), color="tab:blue", label=r"$\mathcal{L}(w)$")
    ax.plot(ws, loss_fn(w0) + slope * (ws - w0), "--", color="tab:red",
            label=r"tangent at $w_0$")
    ax.plot([w0], [loss_fn(w0)], "o", color="tab:red", label=r"$w_0 = 0.2$")
    ax.plot([w1], [loss_fn(w1)], "o", color="tab:green", label=r"$w_1$")
    ax.set_xlabel(r"$w$")
    ax.set_ylabel(r"$\mathcal{L}$")
axes[0].plot([w_star], [0.0], "*", color="black", markersize=10, label=r"$w^* = y/x$")
axes[0].set_ylim(-5, 130)
axes[0].legend(fontsize=8)
axes[1].set_ylim(5, 30)
for w_k, color in [(w0, "tab:red"), (w1, "tab:green")]:
    axes[1].plot([w_k, w_k], [5, loss_fn(w_k)], ":", color=color)
axes[1].annotate("", xy=(w1, 6.5), xytext=(w0, 6.5),
                 arrowprops=dict(arrowstyle="->", color="tab:green", lw=1.5))
axes[1].text((w0 + w1) / 2, 7.3, r"$-\eta\,\partial \mathcal{L}/\partial w$",
             ha="center", color="tab:green")
axes[1].set_title("zoom", fontsize=10)
fig.tight_layout()
plt.show()
