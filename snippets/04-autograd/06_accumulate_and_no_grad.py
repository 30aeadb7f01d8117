"""Why a training step needs `no_grad()` and `grad.zero_()`.

`backward()` adds into `.grad`, so gradients pile up unless zeroed. Nothing is recorded
inside `torch.no_grad()`, so an update can change a leaf in place there.
"""
import torch

w = torch.tensor(0.2, requires_grad=True)
x, y = torch.tensor(30.2), torch.tensor(10.5)

for attempt in range(1, 4):
    loss = (w * x - y) ** 2
    loss.backward()
    print(f"after backward() #{attempt}, w.grad: {w.grad.item():.4f}")
w.grad.zero_()
print(f"after w.grad.zero_(), w.grad:  {w.grad.item():.4f}")

try:
    w -= 0.0001 * w.grad
except RuntimeError as error:
    print("in-place update of a leaf outside no_grad() raises RuntimeError:")
    print("  ", str(error))

with torch.no_grad():
    y_hat = w * x
print("inside no_grad(): y_hat.requires_grad =", y_hat.requires_grad,
      " y_hat.grad_fn =", y_hat.grad_fn)

loss = (w * x - y) ** 2
print("loss.requires_grad:", loss.requires_grad,
      " loss.detach().requires_grad:", loss.detach().requires_grad)
print(f"loss.item(): {loss.item():.4f}  (a plain Python float)")
assert f"{loss.item():.4f}" == "19.8916"

loss.backward()
try:
    loss.backward()
except RuntimeError as error:
    print("a second backward() through the same graph raises RuntimeError:")
    print("  ", str(error).split(".")[0] + ".")
