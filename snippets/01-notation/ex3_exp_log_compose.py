"""Exercise 3: log o exp and exp o log are the identity, each on its own domain.

log(exp(x)) = x for every real x, but exp(log(x)) = x only for x > 0: log is not defined
for negative numbers, and torch returns nan (not a number) there.
"""
import torch

torch.set_printoptions(precision=4)


def compose(outer, inner):
    return lambda x: outer(inner(x))


log_of_exp = compose(torch.log, torch.exp)
exp_of_log = compose(torch.exp, torch.log)

x = torch.tensor([-1.0, 1.5, 2.0])
print("x:              ", x)
print("(log o exp)(x): ", log_of_exp(x))
print("(exp o log)(x): ", exp_of_log(x))

assert torch.allclose(log_of_exp(x), x)
assert torch.allclose(exp_of_log(x[1:]), x[1:])
assert torch.isnan(exp_of_log(x[0]))
print("check: log o exp = identity on all x; exp o log = identity only for x > 0")
