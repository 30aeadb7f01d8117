"""How the error of a finite difference depends on the step h.

Same f(x) = x^3 at a = 2, now for h from 1 down to 1e-16, in float64 and in float32.
Large h: truncation error (6h forward, h^2 central). Small h: round-off error,
about 8 eps / h.
"""
import matplotlib.pyplot as plt
import torch


def f(x):
    return x**3


hs = 10 ** torch.linspace(0, -16, 161, dtype=torch.float64)
fig, axes = plt.subplots(1, 2, figsize=(9, 3.5), sharey=True)
for ax, dtype in zip(axes, [torch.float64, torch.float32]):
    a = torch.tensor(2.0, dtype=dtype)
    h = hs.to(dtype)
    exact = 3 * a.double() ** 2
    forward = ((f(a + h) - f(a)) / h).double()
    central = ((f(a + h) - f(a - h)) / (2 * h)).double()
    err_forward = (forward - exact).abs().clamp_min(1e-18)
    err_central = (central - exact).abs().clamp_min(1e-18)
    eps = torch.finfo(dtype).eps
    name = str(dtype).removeprefix("torch.")
    print(f"{name}: eps = {eps:.2e}")
    for label, err, predicted in [("forward", err_forward, (4 * eps / 3) ** 0.5),
                                  ("central", err_central, (4 * eps) ** (1 / 3))]:
        best = err.argmin()
        print(f"  {label}: best h = {hs[best]:.0e} (predicted {predicted:.0e})  "
              f"smallest error = {err[best]:.1e}")
    ax.loglog(hs, err_forward, color="C0", label="forward")
    ax.loglog(hs, err_central, color="C1", label="central")
    ax.loglog(hs, 6 * hs, "--", color="C0", linewidth=0.8, label="$6h$")
    ax.loglog(hs, hs**2, "--", color="C1", linewidth=0.8, label="$h^2$")
    ax.loglog(hs, 8 * eps / hs, ":", color="gray", label=r"$8\epsilon/h$")
    ax.set_xlim(1e-16, 1)
    ax.set_xticks([1e-16, 1e-12, 1e-8, 1e-4, 1])
    ax.set_ylim(1e-12, 1e2)
    ax.set_xlabel("$h$")
    ax.set_title(name)
axes[0].set_ylabel("absolute error")
axes[1].legend(loc="lower left", fontsize=8)
plt.tight_layout()
plt.show()
