"""Exercise 4: weight decay alone, with the gradient of the data loss set to zero.

SGD(weight_decay) and AdamW both multiply the weights by 1 - lr * lambda. Adam with
weight_decay adds lambda * theta to the gradient and then divides by its size, so its
first step has length lr in every coordinate, whatever lambda is.
"""
import torch

lr, lam, num_steps = 0.1, 0.1, 10
theta0 = torch.tensor([2.0, -0.5, 0.01])
makers = {
    "SGD": lambda params: torch.optim.SGD(params, lr=lr, weight_decay=lam),
    "AdamW": lambda params: torch.optim.AdamW(params, lr=lr, weight_decay=lam),
    "Adam": lambda params: torch.optim.Adam(params, lr=lr, weight_decay=lam),
}
for name, make in makers.items():
    theta = torch.nn.Parameter(theta0.clone())
    optimizer = make([theta])
    path = []
    for step in range(num_steps):
        theta.grad = torch.zeros_like(theta)
        optimizer.step()
        path.append(theta.detach().clone())
    print(f"{name:5s} after 1 step: {[round(v, 4) for v in path[0].tolist()]}  "
          f"after {num_steps}: {[round(v, 4) for v in path[-1].tolist()]}")
    if name == "Adam":
        g = lam * theta0
        assert torch.allclose(path[0], theta0 - lr * g / (g.abs() + 1e-8))
    else:
        assert torch.allclose(path[-1], (1 - lr * lam) ** num_steps * theta0)
print("check: SGD and AdamW give (1 - lr lambda)^k theta0; "
      "Adam's first step is lr g / (|g| + eps) with g = lambda theta0")
