"""Exercise 5: reduction="sum" versus reduction="mean".

Summing instead of averaging multiplies the loss and its gradient by N, just as the 1/2
convention divides them by 2. Gradient descent on the sum with lr / N therefore takes
the same steps as gradient descent on the mean with lr.
"""
import torch
from torch import nn

torch.manual_seed(0)
N = 10
x = torch.randn(N, dtype=torch.float64)
y = 2 * x + 0.1 * torch.randn(N, dtype=torch.float64)

w = torch.tensor(0.0, dtype=torch.float64, requires_grad=True)
loss_mean = nn.MSELoss(reduction="mean")(w * x, y)
loss_sum = nn.MSELoss(reduction="sum")(w * x, y)
(g_mean,) = torch.autograd.grad(loss_mean, w)
(g_sum,) = torch.autograd.grad(loss_sum, w)
print(f"loss: mean {loss_mean:.4f}   sum {loss_sum:.4f}   "
      f"ratio {loss_sum / loss_mean:.4f}")
print(f"grad: mean {g_mean:.4f}   sum {g_sum:.4f}   ratio {g_sum / g_mean:.4f}")
assert torch.allclose(g_sum, N * g_mean)

lr = 0.1
w_mean = torch.tensor(0.0, dtype=torch.float64, requires_grad=True)
w_sum = torch.tensor(0.0, dtype=torch.float64, requires_grad=True)
for step in range(3):
    (g1,) = torch.autograd.grad(nn.MSELoss()(w_mean * x, y), w_mean)
    (g2,) = torch.autograd.grad(nn.MSELoss(reduction="sum")(w_sum * x, y), w_sum)
    w_mean = (w_mean - lr * g1).detach().requires_grad_()
    w_sum = (w_sum - lr / N * g2).detach().requires_grad_()
    print(f"step {step + 1}: mean with lr: w = {w_mean:.6f}   "
          f"sum with lr/N: w = {w_sum:.6f}")
    assert torch.allclose(w_mean, w_sum)
print("check: sum gradient == N * mean gradient, and the runs coincide")
