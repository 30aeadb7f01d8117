"""Composition f o g: feed the output of g into f.

(f o g)(x) = f(g(x)) applies g first. Swapping the order usually gives a different
function, which the printed values show.
"""
import torch


def f(x):
    return x**2


def g(x):
    return 2 * x + 1


def compose(outer, inner):
    return lambda x: outer(inner(x))


f_of_g = compose(f, g)
g_of_f = compose(g, f)

x = torch.tensor([-1.0, 0.0, 1.0, 2.0])
print("x:          ", x.tolist())
print("g(x):       ", g(x).tolist())
print("(f o g)(x): ", f_of_g(x).tolist())
print("(g o f)(x): ", g_of_f(x).tolist())

assert torch.equal(f_of_g(x), (2 * x + 1) ** 2)
assert torch.equal(g_of_f(x), 2 * x**2 + 1)
assert f_of_g(torch.tensor(1.0)) == 9 and g_of_f(torch.tensor(1.0)) == 3
print("check: (f o g)(x) = (2x + 1)^2 and (g o f)(x) = 2x^2 + 1; at x = 1: 9 vs 3")
