"""Exercise 2: momentum and Adam written out by hand.

Implements the two update rules from the formulas on the page and checks them, step by
step, against torch.optim.SGD(momentum=...) and torch.optim.Adam on the ill-conditioned
bowl f(w) = (w1^2 + 50 w2^2) / 2.
"""
# --8<-- [start:by-hand]
import torch

scale = torch.tensor([1.0, 50.0])


def grad_f(w):
    return scale * w


def momentum_by_hand(w, lr, mu, num_steps):
    v = torch.zeros_like(w)
    path = [w]
    for _ in range(num_steps):
        v = mu * v + grad_f(w)
        w = w - lr * v
        path.append(w)
    return torch.stack(path)


def adam_by_hand(w, lr, beta1, beta2, eps, num_steps):
    m, s = torch.zeros_like(w), torch.zeros_like(w)
    path = [w]
    for t in range(1, num_steps + 1):
        g = grad_f(w)
        m = beta1 * m + (1 - beta1) * g
        s = beta2 * s + (1 - beta2) * g**2
        m_hat, s_hat = m / (1 - beta1**t), s / (1 - beta2**t)
        w = w - lr * m_hat / (s_hat.sqrt() + eps)
        path.append(w)
    return torch.stack(path)


# --8<-- [end:by-hand]

# --8<-- [start:compare]
def with_torch(make_optimizer, num_steps):
    w = torch.tensor([-4.0, 1.0], requires_grad=True)
    optimizer = make_optimizer([w])
    path = [w.detach().clone()]
    for _ in range(num_steps):
        optimizer.zero_grad()
        (0.5 * (scale * w**2).sum()).backward()
        optimizer.step()
        path.append(w.detach().clone())
    return torch.stack(path)


w0 = torch.tensor([-4.0, 1.0])
num_steps = 100
mine = momentum_by_hand(w0, lr=0.035, mu=0.5, num_steps=num_steps)
theirs = with_torch(lambda p: torch.optim.SGD(p, lr=0.035, momentum=0.5), num_steps)
print("momentum, last point (by hand):", [round(v, 4) for v in mine[-1].tolist()])
print("momentum, last point (torch):  ", [round(v, 4) for v in theirs[-1].tolist()])
assert torch.allclose(mine, theirs, atol=1e-6)
print(f"check: momentum by hand == torch.optim.SGD(momentum=0.5) for {num_steps} steps")

mine = adam_by_hand(w0, lr=0.3, beta1=0.9, beta2=0.999, eps=1e-8, num_steps=num_steps)
theirs = with_torch(lambda p: torch.optim.Adam(p, lr=0.3), num_steps)
print("Adam, last point (by hand):", [round(v, 4) for v in mine[-1].tolist()])
print("Adam, last point (torch):  ", [round(v, 4) for v in theirs[-1].tolist()])
assert torch.allclose(mine, theirs, atol=1e-5)
print(f"check: Adam by hand == torch.optim.Adam for {num_steps} steps")
# --8<-- [end:compare]
