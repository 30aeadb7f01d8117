"""Fitted line and cost curve of the three-point regression.

Left: the data and the line y_hat = wx + b after 0, 10, 100 and 1000 updates.
Right: the cost at every epoch on a logarithmic axis.
"""
import matplotlib.pyplot as plt
import torch
import torch.optim as optim

torch.manual_seed(0)

x_train = torch.tensor([[1.0], [2.0], [3.0]])
y_train = torch.tensor([[2.0], [4.0], [6.0]])
w = torch.zeros(1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
optimizer = optim.SGD([w, b], lr=0.01)

num_epochs = 1000
snapshots = {}
costs = []
for epoch in range(num_epochs + 1):
    if epoch in (0, 10, 100, 1000):
        snapshots[epoch] = (w.item(), b.item())
    cost = torch.mean((x_train * w + b - y_train) ** 2)
    costs.append(cost.item())
    if epoch == num_epochs:
        break
    optimizer.zero_grad()
    cost.backward()
    optimizer.step()

fig, (ax_fit, ax_cost) = plt.subplots(1, 2, figsize=(9, 3.5))
xs = torch.linspace(0, 4, 50)
for epoch, (w, c) in snapshots.items():
    ax_fit.plot(xs, w * xs + c, label=f"epoch {epoch}: $w$={w:.2f}, $b$={c:.2f}")
ax_fit.scatter(x_train, y_train, color="black", zorder=3, label="data")
ax_fit.set_xlabel("$x$")
ax_fit.set_ylabel("$y$")
ax_fit.legend(fontsize=8)

ax_cost.plot(costs)
ax_cost.set_yscale("log")
ax_cost.set_xlabel("epoch")
ax_cost.set_ylabel(r"$\mathcal{L}(w, b)$")
fig.tight_layout()
plt.show()
