"""Three stacked Linear layers without an activation are one Linear layer in disguise;
with a ReLU between them, even the best least-squares linear fit leaves a residual."""
import torch
from torch import nn

torch.manual_seed(0)
l1, l2, l3 = nn.Linear(5, 8), nn.Linear(8, 8), nn.Linear(8, 3)
stack = nn.Sequential(l1, l2, l3)

W = l3.weight @ l2.weight @ l1.weight
b = l3.weight @ (l2.weight @ l1.bias + l2.bias) + l3.bias
single = nn.Linear(5, 3)
with torch.no_grad():
    single.weight.copy_(W)
    single.bias.copy_(b)
print("collapsed W shape:", tuple(W.shape), " b shape:", tuple(b.shape))

X = torch.randn(200, 5)
with torch.no_grad():
    assert torch.allclose(stack(X), single(X), atol=1e-6)
print("check: stack of 3 Linear layers == one Linear(W3 W2 W1, W3(W2 b1 + b2) + b3)")

with_relu = nn.Sequential(l1, nn.ReLU(), l2, nn.ReLU(), l3)


def best_linear_fit_error(f):
    with torch.no_grad():
        Y = f(X).double()
    A = torch.cat([X.double(), torch.ones(len(X), 1, dtype=torch.float64)], dim=1)
    coef = torch.linalg.lstsq(A, Y).solution
    return ((A @ coef - Y).norm() / Y.norm()).item()


err_linear = best_linear_fit_error(stack)
err_relu = best_linear_fit_error(with_relu)
print(f"relative error of the best linear fit, linear stack: {err_linear:.4f}")
print(f"relative error of the best linear fit, with ReLU:    {err_relu:.4f}")
assert err_linear < 1e-5 and err_relu > 0.01
