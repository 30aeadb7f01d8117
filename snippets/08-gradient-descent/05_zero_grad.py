"""What zero_grad, backward and step each do.

`backward()` adds into `.grad` instead of overwriting it, so a loop that forgets
`zero_grad()` steps along the sum of all past gradients. `step()` of plain SGD is
exactly p := p - lr * p.grad.
"""
import torch

x = torch.tensor([1.0, 2.0, 3.0])
y = torch.tensor([2.0, 4.0, 7.0])
w = torch.tensor(0.0, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.05)


def cost():
    return ((w * x - y) ** 2).mean()


cost().backward()
first = w.grad.clone()
print(f"after 1st backward: w.grad = {w.grad:.4f}")
cost().backward()
print(f"after 2nd backward (no zero_grad): w.grad = {w.grad:.4f}")
assert torch.allclose(w.grad, 2 * first)
print("check: gradients accumulate (2nd value = 2 x 1st)")

optimizer.zero_grad()
print("after zero_grad: w.grad =", w.grad)
cost().backward()
print(f"after backward: w.grad = {w.grad:.4f}")
expected = w.detach() - 0.05 * w.grad
optimizer.step()
print(f"after step: w = {w.item():.4f}")
assert torch.allclose(w.detach(), expected) and abs(w.item() - 1.0333) < 5e-5  # 31/30
print("check: step() did w := w - lr * w.grad")
