"""Feature scaling: the same fit before and after standardizing x.

With x in [0, 10] the MSE bowl is a narrow valley (large condition number). After
x' = (x - mean) / std the Hessian is exactly 2I, the contours are circles and gradient
descent with lr = 1/lambda_max = 1/2 lands on the minimum in one step.
"""
import matplotlib.pyplot as plt
import torch

torch.manual_seed(0)
N = 100
x = 10 * torch.rand(N)
y = 0.5 * x + 2 + 0.5 * torch.randn(N)

mu, sigma = x.mean(), x.std(correction=0)
x_scaled = (x - mu) / sigma
print(f"x: mean = {mu:.4f}, std = {sigma:.4f}")


def hessian(x):
    return 2 * torch.tensor([[(x * x).mean(), x.mean()], [x.mean(), 1.0]])


def cost(x, w, b):
    return ((w * x.unsqueeze(-1) + b - y.unsqueeze(-1)) ** 2).mean(dim=0)


def descend(x, lr, num_epochs):
    w, b = torch.tensor(0.0), torch.tensor(0.0)
    path = [(w, b)]
    for _ in range(num_epochs):
        error = w * x + b - y
        w, b = w - lr * 2 * (error * x).mean(), b - lr * 2 * error.mean()
        path.append((w, b))
    return torch.tensor(path)


fig, axes = plt.subplots(1, 2, figsize=(9, 3.5))
fig_loss, ax_loss = plt.subplots(figsize=(6, 4))
num_epochs = 600
minimum = {}
for name, inputs, ax in [("raw", x, axes[0]), ("standardized", x_scaled, axes[1])]:
    eigenvalues = torch.linalg.eigvalsh(hessian(inputs))
    lr = (1 / eigenvalues[1]).item()
    path = descend(inputs, lr, num_epochs)
    costs = cost(inputs, path[:, 0], path[:, 1])
    A = torch.stack([inputs, torch.ones(N)], dim=1)
    w_star, b_star = torch.linalg.lstsq(A, y.unsqueeze(1)).solution.squeeze(1)
    L_star = cost(inputs, w_star, b_star).item()
    minimum[name] = torch.stack([w_star, b_star])
    reached = (costs - L_star < 1e-4).nonzero()[0].item()
    kappa = eigenvalues[1] / eigenvalues[0]
    print(f"{name}: Hessian eigenvalues = {eigenvalues[0]:.4f}, {eigenvalues[1]:.4f}")
    print(f"{name}, condition number: {kappa:.1f}")
    print(f"{name}, lr = 1/lambda_max: {lr:.4f}")
    print(f"{name}, epochs until L - L* < 1e-4: {reached}")
    print(f"{name}, after {num_epochs} epochs: w = {path[-1, 0]:.4f}, "
          f"b = {path[-1, 1]:.4f}  (w* = {w_star:.4f}, b* = {b_star:.4f})")
    span = 1.2 * (path - torch.stack([w_star, b_star])).abs().max()
    ws, bs = torch.meshgrid(torch.linspace(w_star - span, w_star + span, 150),
                            torch.linspace(b_star - span, b_star + span, 150),
                            indexing="ij")
    L_grid = cost(inputs, ws.reshape(-1), bs.reshape(-1)).reshape(ws.shape)
    levels = L_star + torch.logspace(-1.5, 2.5, 12)
    ax.contour(ws, bs, L_grid, levels=levels, colors="lightgray")
    ax.plot(path[:, 0], path[:, 1], ".-", color="C0", markersize=3, linewidth=1)
    ax.plot(w_star, b_star, "*", color="C3", markersize=10)
    ax.set_aspect("equal")
    ax.set_title(name, fontsize=10)
    ax.set_xlabel("$w$" if name == "raw" else "$w'$")
    ax.set_ylabel("$b$" if name == "raw" else "$b'$")
    ax_loss.plot(costs - L_star, label=name)

w_back = path[-1, 0] / sigma
b_back = path[-1, 1] - path[-1, 0] * mu / sigma
print(f"standardized fit mapped back to x: w = {w_back:.4f}, b = {b_back:.4f}")
assert torch.allclose(hessian(x_scaled), 2 * torch.eye(2), atol=1e-5)
print("check: the Hessian for standardized x is 2I")
assert torch.allclose(torch.stack([w_back, b_back]), minimum["raw"], atol=1e-4)
print("check: w'/sigma and b' - w' mu/sigma give the raw minimum (w*, b*)")
ax_loss.set_yscale("symlog", linthresh=1e-6)
ax_loss.set_xlabel("epoch")
ax_loss.set_ylabel(r"$\mathcal{L} - \mathcal{L}^*$")
ax_loss.legend()
fig.tight_layout()
fig_loss.tight_layout()
plt.show()
