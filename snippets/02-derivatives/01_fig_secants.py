"""Secant lines turning into the tangent line.

For f(x) = x^2 at a = 1 the secant through (a, f(a)) and (a + h, f(a + h)) has
slope (f(a + h) - f(a)) / h = 2a + h. As h shrinks, the secants approach the tangent
of slope 2a.
"""
import matplotlib.pyplot as plt
import torch


def f(x):
    return x**2


a = 1.0
for h in [1.0, 0.5, 0.25, 0.1, 0.01, 0.001]:
    slope = (f(a + h) - f(a)) / h
    print(f"h = {h:<5}  secant slope = {slope:.6g}  2a + h = {2 * a + h:.6g}")
    assert abs(slope - (2 * a + h)) < 1e-9
assert [round(2 * a + h, 6) for h in [1.0, 0.5, 0.1]] == [3.0, 2.5, 2.1]
print("check: secant slope == 2a + h for every h")
print(f"tangent slope f'(a) = 2a = {2 * a:.1f}")

xs = torch.linspace(-0.3, 2.3, 200)
plt.figure(figsize=(6, 4))
plt.plot(xs, f(xs), color="black", label="$f(x) = x^2$")
for h, shade in [(1.0, 0.75), (0.5, 0.55), (0.25, 0.35)]:
    slope = (f(a + h) - f(a)) / h
    plt.plot(xs, f(a) + slope * (xs - a), color=str(shade), linewidth=1,
             label=f"secant, $h = {h}$")
    plt.plot([a + h], [f(a + h)], "o", color=str(shade), markersize=5)
plt.plot(xs, f(a) + 2 * a * (xs - a), color="C3", linewidth=2,
         label="tangent, slope $2a$")
plt.plot([a], [f(a)], "o", color="C3", markersize=7)
plt.xlim(-0.3, 2.3)
plt.ylim(-1.0, 5.0)
plt.xlabel("$x$")
plt.ylabel("$y$")
plt.legend(loc="upper left")
plt.tight_layout()
plt.show()
