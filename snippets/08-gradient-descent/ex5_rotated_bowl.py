"""Exercise 5: rotate the bowl.

The bowl of the optimizer comparison, f(w) = (w1^2 + 50 w2^2) / 2, turned by 45 degrees
(the start point turned with it). SGD and momentum only ever move along the gradient, so
their losses do not change; Adam rescales each coordinate separately, so it does.
"""
# --8<-- [start:setup]
import math

import torch

angle = math.pi / 4
R = torch.tensor([[math.cos(angle), -math.sin(angle)],
                  [math.sin(angle), math.cos(angle)]], dtype=torch.float64)
D = torch.diag(torch.tensor([1.0, 50.0], dtype=torch.float64))
start = torch.tensor([-4.0, 1.0], dtype=torch.float64)
optimizers = {
    "SGD": lambda params: torch.optim.SGD(params, lr=0.035),
    "momentum": lambda params: torch.optim.SGD(params, lr=0.035, momentum=0.5),
    "Adam": lambda params: torch.optim.Adam(params, lr=0.3),
}


def final_loss(make, rotation, num_steps=100):
    A = rotation @ D @ rotation.T
    w = (rotation @ start).requires_grad_()
    optimizer = make([w])
    for _ in range(num_steps):
        optimizer.zero_grad()
        (0.5 * w @ A @ w).backward()
        optimizer.step()
    return (0.5 * w @ A @ w).item()


# --8<-- [end:setup]

# --8<-- [start:compare]
results = {}
for name, make in optimizers.items():
    aligned = final_loss(make, torch.eye(2, dtype=torch.float64))
    rotated = final_loss(make, R)
    results[name] = (aligned, rotated)
    print(f"{name:>8}: f after 100 steps, aligned = {aligned:.3e}, "
          f"rotated = {rotated:.3e}")

for name in ("SGD", "momentum"):
    assert math.isclose(*results[name], rel_tol=1e-6)
print("check: SGD and momentum do not notice the rotation")
assert not math.isclose(*results["Adam"], rel_tol=1e-2)
print("check: Adam does")
# --8<-- [end:compare]
