"""Too small, good, too large: the learning rate.

Full-batch gradient descent on the line fit with four learning rates: the gap to the
minimum cost per epoch, then each path on the contour of J(W, b). The critical value
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
print(f"Hessian eigenvalues: {eigenvalues[0]:.4f}, {eigenvalues[1]:.4f}")
print(f"critical learning rate 2/lambda_max = {2 / eigenvalues[1]:.4f}")
print(f"fastest learning rate 2/(lambda_min+lambda_max) = {2 / eigenvalues.sum():.4f}")


def cost(W, b):
    return ((W * x.unsqueeze(-1) + b - y.unsqueeze(-1)) ** 2).mean(dim=0)


X = torch.stack([x, torch.ones(N)], dim=1)
W_star, b_star = torch.linalg.lstsq(X, y.unsqueeze(1)).solution.squeeze(1)
J_star = cost(W_star, b_star).item()
print(f"minimum: W* = {W_star:.4f}, b* = {b_star:.4f}, J* = {J_star:.4f}")


def descend(lr, num_epochs):
    W, b = torch.tensor(0.0), torch.tensor(3.0)
    path, gaps = [(W, b)], [cost(W, b).item() - J_star]
    for _ in range(num_epochs):
        error = W * x + b - y
        W, b = W - lr * 2 * (error * x).mean(), b - lr * 2 * error.mean()
        path.append((W, b))
        gaps.append(cost(W, b).item() - J_star)
    return torch.tensor(path), gaps


num_epochs = 30
runs = {0.02: "too small", 0.3: "good", 0.46: "oscillates", 0.5: "diverges"}
fig_loss, ax_loss = plt.subplots(figsize=(6, 4))
fig_paths, axes = plt.subplots(2, 2, figsize=(9, 6), sharex=True, sharey=True)
Ws, bs = torch.meshgrid(torch.linspace(-0.5, 4.0, 120), torch.linspace(-1.5, 3.5, 120),
                        indexing="ij")
J = cost(Ws.reshape(-1), bs.reshape(-1)).reshape(Ws.shape)
for (lr, label), ax in zip(runs.items(), axes.flat):
    path, gaps = descend(lr, num_epochs)
    print(f"lr = {lr:<4}: J - J* after {num_epochs} epochs = {gaps[-1]:.3e}  ({label})")
    ax_loss.plot(gaps, label=f"$\\alpha$ = {lr} ({label})")
    ax.contour(Ws, bs, J, levels=torch.logspace(-1.1, 1.3, 12), colors="lightgray")
    ax.plot(path[:, 0], path[:, 1], ".-", color="C0", markersize=4, linewidth=1)
    ax.plot(W_star, b_star, "*", color="C3", markersize=10)
    ax.set_title(f"$\\alpha$ = {lr} ({label})", fontsize=10)
    ax.set_xlim(-0.5, 4.0)
    ax.set_ylim(-1.5, 3.5)
ax_loss.set_yscale("log")
ax_loss.set_xlabel("epoch")
ax_loss.set_ylabel("$J - J^*$")
ax_loss.legend(fontsize=8)
fig_loss.tight_layout()
for ax in axes[1]:
    ax.set_xlabel("$W$")
for ax in axes[:, 0]:
    ax.set_ylabel("$b$")
fig_paths.tight_layout()
plt.show()
