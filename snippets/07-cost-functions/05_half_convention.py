"""The 1/2 in front of the MSE only rescales the gradient.

L(w) is the MSE of the line y_hat = w x; L_half(w) = L(w) / 2. Both have the same
minimizer, the gradient of L_half is half the gradient of L, and so gradient descent on
L_half with learning rate lr takes exactly the steps of gradient descent on L with lr/2.
"""
# --8<-- [start:gradient]
import torch

x = torch.tensor([1.0, 2.0, 3.0, 4.0], dtype=torch.float64)
y = torch.tensor([2.2, 3.9, 6.1, 8.2], dtype=torch.float64)


def L(w):
    return ((w * x - y) ** 2).mean()


def L_half(w):
    return 0.5 * ((w * x - y) ** 2).mean()


w = torch.tensor(0.5, dtype=torch.float64, requires_grad=True)
grad_full = torch.autograd.grad(L(w), w)[0]
grad_half = torch.autograd.grad(L_half(w), w)[0]
print(f"dL/dw at w = 0.5: {grad_full:.4f}")
print(f"dL_half/dw at w = 0.5: {grad_half:.4f}")
assert torch.allclose(grad_half, grad_full / 2)
print("check: gradient of L_half == gradient of L / 2")

# --8<-- [end:gradient]

# --8<-- [start:steps]
ws = torch.linspace(0, 4, 4001, dtype=torch.float64)
argmin_full = ws[torch.stack([L(v) for v in ws]).argmin()]
argmin_half = ws[torch.stack([L_half(v) for v in ws]).argmin()]
print(f"grid minimizer of L: {argmin_full:.3f}   of L_half: {argmin_half:.3f}")
assert argmin_full == argmin_half
print("check: same minimizer")

lr = 0.05
w_a = torch.tensor(0.0, dtype=torch.float64, requires_grad=True)
w_b = torch.tensor(0.0, dtype=torch.float64, requires_grad=True)
for step in range(5):
    g_a = torch.autograd.grad(L_half(w_a), w_a)[0]
    g_b = torch.autograd.grad(L(w_b), w_b)[0]
    w_a = (w_a - lr * g_a).detach().requires_grad_()
    w_b = (w_b - lr / 2 * g_b).detach().requires_grad_()
    print(f"step {step + 1}: L_half with lr: w = {w_a:.6f}   "
          f"L with lr/2: w = {w_b:.6f}")
    assert torch.allclose(w_a, w_b)
print("check: the two runs take identical steps")
# --8<-- [end:steps]
