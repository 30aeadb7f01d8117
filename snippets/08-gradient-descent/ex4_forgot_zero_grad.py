"""Exercise 4: a training loop that forgets zero_grad().

Without zero_grad the step uses the sum of all gradients so far, which is exactly SGD
with momentum 1 and no damping. On the one-parameter cost it keeps swinging around w*
instead of settling.
"""
import torch

x = torch.tensor([1.0, 2.0, 3.0])
y = torch.tensor([2.0, 4.0, 7.0])
w_star = (x * y).sum() / (x * x).sum()


def train(momentum, forget_zero_grad, num_steps=40):
    w = torch.tensor(0.0, requires_grad=True)
    optimizer = torch.optim.SGD([w], lr=0.05, momentum=momentum)
    path = [w.item()]
    for _ in range(num_steps):
        if not forget_zero_grad:
            optimizer.zero_grad()
        ((w * x - y) ** 2).mean().backward()
        optimizer.step()
        path.append(w.item())
    return torch.tensor(path)


correct = train(momentum=0.0, forget_zero_grad=False)
forgot = train(momentum=0.0, forget_zero_grad=True)
momentum_one = train(momentum=1.0, forget_zero_grad=False)
print(f"w* = {w_star:.4f}")
for k in range(0, 41, 5):
    print(f"step {k:2d}: w (zero_grad) = {correct[k]:.4f}   "
          f"w (no zero_grad) = {forgot[k]:.4f}")
assert torch.allclose(forgot, momentum_one)
print("check: no zero_grad == SGD(momentum=1.0) at every step")
assert abs(correct[-1] - w_star) < 1e-4 and abs(forgot[-1] - w_star) > 0.1
print("check: with zero_grad w reaches w*; without it w is still far off at step 40")
