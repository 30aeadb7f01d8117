"""SGD, momentum and Adam fitting a line to unscaled data.

x runs from 0 to 10, so the MSE bowl in (w, b) is long and narrow. Each optimizer trains
the same nn.Linear from w = b = 0 for the same number of full-batch epochs. Everything
runs in float64: the momentum run ends so close to the minimum that L - L* is a
difference of two nearly equal costs, which float32 would not resolve.
"""
import matplotlib.pyplot as plt
import torch
from torch import nn

torch.manual_seed(0)
N = 100
x = (10 * torch.rand(N)).double()
y = 0.5 * x + 2 + 0.5 * torch.randn(N).double()
X, Y = x.unsqueeze(1), y.unsqueeze(1)


def cost(w, b):
    return ((w * x.unsqueeze(-1) + b - y.unsqueeze(-1)) ** 2).mean(dim=0)


H = 2 * torch.tensor([[(x * x).mean(), x.mean()], [x.mean(), 1.0]], dtype=torch.float64)
eigenvalues = torch.linalg.eigvalsh(H)
lam_min, lam_max = eigenvalues.tolist()
print(f"lambda_min: {lam_min:.4f}")
print(f"lambda_max: {lam_max:.4f}")
print(f"critical learning rate 2/lambda_max: {2 / lam_max:.4f}")
print(f"SGD (lr 0.025) slow-direction factor: {1 - 0.025 * lam_min:.3f}")
print(f"its 100th power: {(1 - 0.025 * lam_min) ** 100:.2f}")
A = torch.stack([x, torch.ones(N, dtype=torch.float64)], dim=1)
w_star, b_star = torch.linalg.lstsq(A, Y).solution.squeeze(1)
L_star = cost(w_star, b_star).item()
print(f"minimum: w* = {w_star:.4f}, b* = {b_star:.4f}, L* = {L_star:.4f}")

optimizers = {
    "SGD": lambda params: torch.optim.SGD(params, lr=0.025),
    "momentum": lambda params: torch.optim.SGD(params, lr=0.01, momentum=0.9),
    "Adam": lambda params: torch.optim.Adam(params, lr=0.1),
}
loss_fn = nn.MSELoss()
num_epochs = 100

fig, (ax_path, ax_loss) = plt.subplots(1, 2, figsize=(9, 3.5))
ws, bs = torch.meshgrid(torch.linspace(-0.2, 1.2, 100, dtype=torch.float64),
                        torch.linspace(-0.5, 3.0, 100, dtype=torch.float64),
                        indexing="ij")
L_grid = cost(ws.reshape(-1), bs.reshape(-1)).reshape(ws.shape)
levels = torch.logspace(-0.6, 1.5, 12)
ax_path.contour(ws, bs, L_grid, levels=levels, colors="lightgray")
for name, make in optimizers.items():
    model = nn.Linear(1, 1).double()
    nn.init.zeros_(model.weight)
    nn.init.zeros_(model.bias)
    optimizer = make(model.parameters())
    path, gaps = [], []
    for epoch in range(num_epochs + 1):
        optimizer.zero_grad()
        loss = loss_fn(model(X), Y)
        loss.backward()
        path.append((model.weight.item(), model.bias.item()))
        gaps.append(loss.item() - L_star)
        if epoch < num_epochs:
            optimizer.step()
    w, b = path[-1]
    print(f"{name}: after {num_epochs} epochs w = {w:.4f}, b = {b:.4f}, "
          f"L - L* = {gaps[-1]:.2e}")
    path = torch.tensor(path)
    ax_path.plot(path[:, 0], path[:, 1], ".-", markersize=3, linewidth=1, label=name)
    ax_loss.plot(gaps, label=name)
ax_path.plot(w_star, b_star, "*", color="C3", markersize=10)
ax_path.set_xlabel("$w$")
ax_path.set_ylabel("$b$")
ax_path.legend(fontsize=8)
ax_loss.set_yscale("log")
ax_loss.set_xlabel("epoch")
ax_loss.set_ylabel(r"$\mathcal{L} - \mathcal{L}^*$")
ax_loss.legend(fontsize=8)
fig.tight_layout()
plt.show()
