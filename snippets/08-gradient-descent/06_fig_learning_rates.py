"""Too small, good, too large: the learning rate.

Full-batch gradient descent on the line fit with four learning rates: the gap to the
minimum cost per epoch, then each path on the contour of L(w, b). The critical value
2 / lambda_max comes from the Hessian of the MSE.
"""
import matplotlib.pyplot as plt
import torch

torch.manual_seed(0)
N = 100
x = 2 * torch.rand(N)
y = 2 * x + 1 + 0.3 * torch.randn(N)

H = 2 * torch.tensor([[(x * x).mean(), x.mean()], [x.mean(), 1.0]])
eigenvalues = torch.linalg.eigvalsh(H)
lam_min, lam_max = eigenvalues.tolist()
print(f"lambda_min: {lam_min:.4f}")
print(f"lambda_max: {lam_max:.4f}")
print(f"condition number: {lam_max / lam_min:.1f}")
print(f"critical learning rate 2/lambda_max: {2 / lam_max:.4f}")
print(f"fastest learning rate 2/(lambda_min+lambda_max): {2 / (lam_min + lam_max):.4f}")
print(f"fastest / critical: {lam_max / (lam_min + lam_max):.2f}")


def cost(w, b):
    return ((w * x.unsqueeze(-1) + b - y.unsqueeze(-1)) ** 2).mean(dim=0)


X = torch.stack([x, torch.ones(N)], dim=1)
w_star, b_star = torch.linalg.lstsq(X, y.unsqueeze(1)).solution.squeeze(1)
L_star = cost(w_star, b_star).item()
print(f"minimum: w* = {w_star:.4f}, b* = {b_star:.4f}, L* = {L_star:.4f}")


def descend(lr, num_epochs):
    w, b = torch.tensor(0.0), torch.tensor(3.0)
    path, gaps = [(w, b)], [cost(w, b).item() - L_star]
    for _ in range(num_epochs):
        error = w * x + b - y
        w, b = w - lr * 2 * (error * x).mean(), b - lr * 2 * error.mean()
        path.append((w, b))
        gaps.append(cost(w, b).item() - L_star)
    return torch.tensor(path), gaps


num_epochs = 30
runs = {0.02: "too small", 0.3: "good", 0.46: "oscillates", 0.5: "diverges"}
fig_loss, ax_loss = plt.subplots(figsize=(6, 4))
fig_paths, axes = plt.subplots(2, 2, figsize=(9, 6), sharex=True, sharey=True)
ws, bs = torch.meshgrid(torch.linspace(-0.5, 4.0, 120), torch.linspace(-1.5, 3.5, 120),
                        indexing="ij")
L_grid = cost(ws.reshape(-1), bs.reshape(-1)).reshape(ws.shape)
for (lr, label), ax in zip(runs.items(), axes.flat):
    path, gaps = descend(lr, num_epochs)
    print(f"lr = {lr} ({label})")
    print(f"L - L* after {num_epochs} epochs, lr = {lr}: {gaps[-1]:.2e}")
    print(f"slow factor at lr = {lr}: {abs(1 - lr * lam_min):.4f}")
    print(f"fast factor at lr = {lr}: {abs(1 - lr * lam_max):.3f}")
    ax_loss.plot(gaps, label=f"$\\eta$ = {lr} ({label})")
    ax.contour(ws, bs, L_grid, levels=torch.logspace(-1.1, 1.3, 12), colors="lightgray")
    ax.plot(path[:, 0], path[:, 1], ".-", color="C0", markersize=4, linewidth=1)
    ax.plot(w_star, b_star, "*", color="C3", markersize=10)
    ax.set_title(f"$\\eta$ = {lr} ({label})", fontsize=10)
    ax.set_xlim(-0.5, 4.0)
    ax.set_ylim(-1.5, 3.5)
ax_loss.set_yscale("log")
ax_loss.set_xlabel("epoch")
ax_loss.set_ylabel(r"$\mathcal{L} - \mathcal{L}^*$")
ax_loss.legend(fontsize=8)
fig_loss.tight_layout()
for ax in axes[1]:
    ax.set_xlabel("$w$")
for ax in axes[:, 0]:
    ax.set_ylabel("$b$")
fig_paths.tight_layout()
plt.show()
