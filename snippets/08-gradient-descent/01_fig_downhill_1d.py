"""Walking downhill on a one-parameter cost.

Three points, the model y = w x and the MSE cost L(w). Setting L'(w) = 0 gives the
minimum in closed form; gradient descent reaches the same w by repeating
w := w - lr * L'(w).
"""
import matplotlib.pyplot as plt
import torch

x = torch.tensor([1.0, 2.0, 3.0])
y = torch.tensor([2.0, 4.0, 7.0])


def cost(w):
    return ((w * x - y) ** 2).mean()


def grad(w):
    return 2 * ((w * x - y) * x).mean()


w_star = (x * y).sum() / (x * x).sum()
print(f"closed form w* = sum(xy)/sum(x^2) = {w_star:.4f}")

lr = 0.05
num_steps = 8
w = torch.tensor(0.0)
path = [w]
for step in range(num_steps):
    g = grad(w)
    print(f"step {step}: w = {w:.4f}  L(w) = {cost(w):7.4f}  L'(w) = {g:8.4f}")
    w = w - lr * g
    path.append(w)
print(f"step {num_steps}: w = {w:.4f}  L(w) = {cost(w):7.4f}")
print(f"distance to w* after {num_steps} steps: {abs(w - w_star):.4f}")
assert torch.isclose(path[1], torch.tensor(31 / 30))  # w_1 by hand
assert abs(path[1] - 1.0333) < 5e-5  # 31/30 to four decimals
assert torch.isclose(abs(w - w_star), (8 / 15) ** 8 * w_star)  # shrinks by 8/15 a step
print("check: w_1 = 31/30 and the error after 8 steps is (8/15)^8 * 31/14")

ws = torch.linspace(-0.5, 3.5, 200)
plt.figure(figsize=(6, 4))
plt.plot(ws, [cost(v) for v in ws], color="gray")
path = torch.stack(path)
costs = torch.stack([cost(v) for v in path])
plt.plot(path, costs, "o-", color="C0", markersize=5, label="$w_k$")
plt.axvline(w_star, color="C3", linestyle="--", linewidth=1, label="$w^*$")
plt.xlabel("$w$")
plt.ylabel(r"$\mathcal{L}(w)$")
plt.legend()
plt.tight_layout()
plt.show()
