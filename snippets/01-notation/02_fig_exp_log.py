"""The exponential and the natural logarithm undo each other.

exp takes any real number to a positive one; log takes a positive number back. Their
graphs are mirror images across the line y = x, and exp turns sums into products while
log turns products into sums.
"""
import math

import matplotlib.pyplot as plt
import torch

torch.set_printoptions(precision=4)

print(f"exp(0) = {math.exp(0):.4f}   exp(1) = e = {math.exp(1):.4f}")
print(f"log(1) = {math.log(1):.4f}   log(e) = {math.log(math.e):.4f}")

x = torch.tensor([-1.0, 0.0, 1.5, 3.0])
print("x:              ", x)
print("exp(x):         ", torch.exp(x))
print("log(exp(x)):    ", torch.log(torch.exp(x)))
p = torch.tensor([0.2, 1.0, 4.0])
print("p:              ", p)
print("log(p):         ", torch.log(p))
print("exp(log(p)):    ", torch.exp(torch.log(p)))

assert torch.allclose(torch.log(torch.exp(x)), x)
assert torch.allclose(torch.exp(torch.log(p)), p)
a, b = torch.tensor(2.0), torch.tensor(3.0)
assert torch.isclose(torch.exp(a + b), torch.exp(a) * torch.exp(b))
assert torch.isclose(torch.log(a * b), torch.log(a) + torch.log(b))
print("check: log(exp(x)) = x, exp(log(p)) = p, exp(a+b) = exp(a)exp(b), "
      "log(ab) = log(a) + log(b)")

grid = torch.linspace(-3.0, 1.6, 200)
pos = torch.linspace(0.05, 5.0, 200)
plt.figure(figsize=(6, 4))
plt.plot(grid, torch.exp(grid), color="C0", label="$y = e^x$")
plt.plot(pos, torch.log(pos), color="C1", label="$y = \\ln x$")
plt.plot([-3, 5], [-3, 5], "--", color="gray", linewidth=1, label="$y = x$")
plt.plot([0, 1], [1, 0], "o", color="C3")
plt.annotate("$(0, 1)$", (0, 1), textcoords="offset points", xytext=(-38, 6))
plt.annotate("$(1, 0)$", (1, 0), textcoords="offset points", xytext=(6, -14))
plt.xlim(-3, 5)
plt.ylim(-3, 5)
plt.gca().set_aspect("equal")
plt.axhline(0, color="gray", linewidth=0.8)
plt.axvline(0, color="gray", linewidth=0.8)
plt.xlabel("$x$")
plt.ylabel("$y$")
plt.legend(loc="lower right")
plt.grid(alpha=0.3)
plt.tight_layout()
plt.show()
