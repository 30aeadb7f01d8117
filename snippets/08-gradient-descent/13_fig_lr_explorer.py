"""A learning-rate explorer: the same descent for ten learning rates, one figure each.

Full-batch gradient descent on the line fit of this chapter, from the same start, for
learning rates from far too small to just past the critical value 2 / lambda_max. Each
figure is labelled with its learning rate; the page shows them one at a time on a slider.
"""
import matplotlib.pyplot as plt
import torch

torch.manual_seed(0)
N = 100
x = 2 * torch.rand(N)
y = 2 * x + 1 + 0.3 * torch.randn(N)


def cost(w, b):
    return ((w * x.unsqueeze(-1) + b - y.unsqueeze(-1)) ** 2).mean(dim=0)


X = torch.stack([x, torch.ones(N)], dim=1)
w_star, b_star = torch.linalg.lstsq(X, y.unsqueeze(1)).solution.squeeze(1)
L_star = cost(w_star, b_star).item()
H = 2 * X.T @ X / N
critical = 2 / torch.linalg.eigvalsh(H)[-1].item()
print(f"critical learning rate 2/lambda_max = {critical:.4f}")


def descend(lr, num_epochs=30):
    w, b = torch.tensor(0.0), torch.tensor(3.0)
    path, gaps = [(w, b)], [cost(w, b).item() - L_star]
    for _ in range(num_epochs):
        error = w * x + b - y
        w, b = w - lr * 2 * (error * x).mean(), b - lr * 2 * error.mean()
        path.append((w, b))
        gaps.append(cost(w, b).item() - L_star)
    return torch.tensor(path), gaps


ws, bs = torch.meshgrid(torch.linspace(-0.5, 4.0, 120), torch.linspace(-1.5, 3.5, 120),
                        indexing="ij")
L_grid = cost(ws.reshape(-1), bs.reshape(-1)).reshape(ws.shape)
learning_rates = [0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.46, 0.47, 0.5]
for lr in learning_rates:
    path, gaps = descend(lr)
    shrinking = gaps[-1] < gaps[-2]
    verdict = "still shrinking" if shrinking else "growing"
    print(f"lr = {lr:<4}  L - L* after 30 epochs = {gaps[-1]:.2e}  {verdict}")
    assert shrinking == (lr < critical)
    fig, (ax_path, ax_gap) = plt.subplots(1, 2, figsize=(9, 3.6), label=f"η = {lr}")
    levels = torch.logspace(-1.1, 1.3, 12)
    ax_path.contour(ws, bs, L_grid, levels=levels, colors="lightgray")
    inside = (path[:, 0].abs() < 10) & (path[:, 1].abs() < 10)
    ax_path.plot(path[inside, 0], path[inside, 1], ".-", color="C0", markersize=4)
    ax_path.plot(w_star, b_star, "*", color="C3", markersize=10)
    ax_path.set_xlim(-0.5, 4.0)
    ax_path.set_ylim(-1.5, 3.5)
    ax_path.set_xlabel("$w$")
    ax_path.set_ylabel("$b$")
    ax_gap.plot(gaps, color="C1")
    ax_gap.set_yscale("log")
    ax_gap.set_ylim(1e-8, 1e4)
    ax_gap.set_xlabel("epoch")
    ax_gap.set_ylabel(r"$\mathcal{L} - \mathcal{L}^*$")
    fig.suptitle(f"$\\eta$ = {lr}", fontsize=11)
    fig.tight_layout()
print("check: the gap still shrinks exactly for the rates below 2/lambda_max")
plt.show()
