"""SGD, momentum and Adam on an ill-conditioned bowl.

f(w) = (w1^2 + 50 w2^2) / 2 has curvatures 1 and 50, so plain gradient descent must use
lr < 2/50 and then crawls along w1. Momentum and Adam start from the same point with the
same number of steps.
"""
import matplotlib.pyplot as plt
import torch


def f(w):
    return 0.5 * (w[..., 0] ** 2 + 50 * w[..., 1] ** 2)


optimizers = {
    "SGD": lambda params: torch.optim.SGD(params, lr=0.035),
    "momentum": lambda params: torch.optim.SGD(params, lr=0.035, momentum=0.5),
    "Adam": lambda params: torch.optim.Adam(params, lr=0.3),
}
num_steps = 100

fig, (ax_path, ax_loss) = plt.subplots(1, 2, figsize=(9, 3.5))
w1s, w2s = torch.meshgrid(torch.linspace(-4.5, 1.0, 100),
                          torch.linspace(-1.5, 1.5, 100), indexing="ij")
ax_path.contour(w1s, w2s, f(torch.stack([w1s, w2s], dim=-1)),
                levels=torch.logspace(-1, 1.7, 12), colors="lightgray")
for name, make in optimizers.items():
    w = torch.tensor([-4.0, 1.0], requires_grad=True)
    optimizer = make([w])
    path, losses = [], []
    for step in range(num_steps + 1):
        optimizer.zero_grad()
        loss = f(w)
        loss.backward()
        path.append(w.detach().clone())
        losses.append(loss.item())
        if step < num_steps:
            optimizer.step()
    print(f"{name}: f after {num_steps} steps = {losses[-1]:.3e}  "
          f"w = ({w[0]:.4f}, {w[1]:.4f})")
    print(f"{name}, w1 after {num_steps} steps: {w[0]:.4f}")
    path = torch.stack(path)
    ax_path.plot(path[:, 0], path[:, 1], ".-", markersize=3, linewidth=1, label=name)
    ax_loss.plot(losses, label=name)
ax_path.plot(0, 0, "*", color="C3", markersize=10)
ax_path.set_xlabel("$w_1$")
ax_path.set_ylabel("$w_2$")
ax_path.legend(fontsize=8)
ax_loss.set_yscale("log")
ax_loss.set_xlabel("step")
ax_loss.set_ylabel("$f(w)$")
ax_loss.legend(fontsize=8)
fig.tight_layout()
plt.show()
