"""A linear and a quadratic function, as tables and as curves.

f(x) = 2x + 1 rises by the same amount (its slope 2) for every unit step in x.
q(x) = x^2 - 2x - 1 = (x - 1)^2 - 2 bends: its steps grow by a constant 2, and its
lowest point, the vertex, is at x = -b / (2a) = 1.
"""
import matplotlib.pyplot as plt
import torch


def f(x):
    return 2 * x + 1


def q(x):
    return x**2 - 2 * x - 1


xs = torch.arange(-1.0, 4.0)
print("x:          ", xs.tolist())
print("f(x):       ", f(xs).tolist())
print("q(x):       ", q(xs).tolist())

f_steps = f(xs[1:]) - f(xs[:-1])
q_steps = q(xs[1:]) - q(xs[:-1])
print("f steps:    ", f_steps.tolist())
print("q steps:    ", q_steps.tolist())
print("q steps of steps:", (q_steps[1:] - q_steps[:-1]).tolist())

assert torch.all(f_steps == 2)
assert torch.all(q_steps[1:] - q_steps[:-1] == 2)
a, b = 1.0, -2.0
vertex = -b / (2 * a)
assert q(torch.tensor(vertex)) == -2 and torch.all(q(xs) >= -2)
print(f"vertex of q: x = {vertex:.1f}, q(x) = {q(torch.tensor(vertex)):.1f}")
print("check: constant steps for f, constant second steps for q, vertex at -b/(2a)")

grid = torch.linspace(-1.5, 3.5, 101)
fig, (left, right) = plt.subplots(1, 2, figsize=(9, 3.5))
left.plot(grid, f(grid), color="C0", label="$f(x) = 2x + 1$")
left.plot(xs, f(xs), "o", color="C0")
left.set_xlabel("$x$")
left.set_ylabel("$f(x)$")
left.legend()
right.plot(grid, q(grid), color="C1", label="$q(x) = x^2 - 2x - 1$")
right.plot(xs, q(xs), "o", color="C1")
right.plot([vertex], [-2], "s", color="C3", label="vertex $(1, -2)$")
right.set_xlabel("$x$")
right.set_ylabel("$q(x)$")
right.legend()
for ax in (left, right):
    ax.axhline(0, color="gray", linewidth=0.8)
    ax.axvline(0, color="gray", linewidth=0.8)
    ax.grid(alpha=0.3)
fig.tight_layout()
plt.show()
