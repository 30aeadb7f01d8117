"""SGD, momentum and Adam fitting a line to unscaled data.

x runs from 0 to 10, so the MSE bowl in (W, b) is long and narrow. Each optimizer trains
the same nn.Linear from W = b = 0 for the same number of full-batch epochs.
"""
import matplotlib.pyplot as plt
import torch
from torch import nn

torch.manual_seed(0)
N = 100
x = 10 * torch.rand(N)
y = 0.5 * x + 2 + 0.5 * torch.randn(N)
X, Y = x.unsqueeze(1), y.unsqueeze(1)


def cost(W, b):
    return ((W * x.unsqueeze(-1) + b - y.unsqueeze(-1)) ** 2).mean(dim=0)


H = 2 * torch.tensor([[(x * x).mean(), x.mean()], [x.mean(), 1.0]])
eigenvalues = torch.linalg.eigvalsh(H)
print(f"Hessian eigenvalues: {eigenvalues[0]:.4f}, {eigenvalues[1]:.4f}  "
      f"2/lambda_max = {2 / eigenvalues[1]:.4f}")
A = torch.stack([x, torch.ones(N)], dim=1)
W_star, b_star = torch.linalg.lstsq(A, Y).solution.squeeze(1)
J_star = cost(W_star, b_star).item()
print(f"minimum: W* = {W_star:.4f}, b* = {b_star:.4f}, J* = {J_star:.4f}")

optimizers = {
    "SGD": lambda params: torch.optim.SGD(params, lr=0.025),
    "momentum": lambda params: torch.optim.SGD(params, lr=0.01, momentum=0.9),
    "Adam": lambda params: torch.optim.Adam(params, lr=0.1),
}
loss_fn = nn.MSELoss()
num_epochs = 100

fig, (ax_path, ax_loss) = plt.subplots(1, 2, figsize=(9, 3.5))
Ws, bs = torch.meshgrid(torch.linspace(-0.2, 1.2, 100), torch.linspace(-0.5, 3.0, 100),
                        indexing="ij")
J = cost(Ws.reshape(-1), bs.reshape(-1)).reshape(Ws.shape)
ax_path.contour(Ws, bs, J, levels=torch.logspace(-0.6, 1.5, 12), colors="lightgray")
for name, make in optimizers.items():
    model = nn.Linear(1, 1)
    nn.init.zeros_(model.weight)
    nn.init.zeros_(model.bias)
    optimizer = make(model.parameters())
    path, gaps = [], []
    for epoch in range(num_epochs + 1):
        optimizer.zero_grad()
        loss = loss_fn(model(X), Y)
        loss.backward()
        path.append((model.weight.item(), model.bias.item()))
        gaps.append(loss.item() - J_star)
        if epoch < num_epochs:
            optimizer.step()
    W, b = path[-1]
    print(f"{name:>8}: after {num_epochs} epochs W = {W:.4f}, b = {b:.4f}, "
          f"J - J* = {gaps[-1]:.2e}")
    path = torch.tensor(path)
    ax_path.plot(path[:, 0], path[:, 1], ".-", markersize=3, linewidth=1, label=name)
    ax_loss.plot(gaps, label=name)
ax_path.plot(W_star, b_star, "*", color="C3", markersize=10)
ax_path.set_xlabel("$W$")
ax_path.set_ylabel("$b$")
ax_path.legend(fontsize=8)
ax_loss.set_yscale("log")
ax_loss.set_xlabel("epoch")
ax_loss.set_ylabel("$J - J^*$")
ax_loss.legend(fontsize=8)
fig.tight_layout()
plt.show()
