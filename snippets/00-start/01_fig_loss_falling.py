"""The learning loop in ten steps: fit y = 2x with plain gradient descent.

The model is y_hat = w * x with one weight w, the loss is the mean squared error, and
its derivative is written out by hand. Each step predicts, measures the loss, computes
the gradient and updates w; the figure shows the loss falling step by step.
"""
import matplotlib.pyplot as plt
import torch

x = torch.tensor([1.0, 2.0, 3.0])
y = 2 * x

w = torch.tensor(0.0)
lr = 0.05
num_steps = 10
losses = []

for step in range(num_steps + 1):
    y_hat = w * x                          # 1. predict
    loss = ((y_hat - y) ** 2).mean()       # 2. loss
    grad = (2 * (y_hat - y) * x).mean()    # 3. gradient dL/dw
    losses.append(loss.item())
    print(f"step {step:2d}: w = {w:.4f}  loss = {loss:.4f}  dL/dw = {grad:8.4f}")
    if step < num_steps:
        w = w - lr * grad                  # 4. update

ratios = torch.tensor(losses[1:]) / torch.tensor(losses[:-1])
print(f"loss ratio per step: {ratios.min():.4f} .. {ratios.max():.4f}")
assert torch.allclose(ratios, torch.tensor(64 / 225), rtol=1e-3)
print("check: every step multiplies the loss by (8/15)^2 = 64/225")

plt.figure(figsize=(6, 4))
plt.plot(range(num_steps + 1), losses, "o-", color="C0")
plt.xlabel("step")
plt.ylabel("loss $\\mathcal{L}(w)$")
plt.grid(alpha=0.3)
plt.tight_layout()
plt.show()
