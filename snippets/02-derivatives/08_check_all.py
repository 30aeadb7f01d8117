"""Every hand derivation of this chapter against autograd, at random points.

Each rule is tested at many seeded random inputs, not just the worked example. Last,
`torch.autograd.gradcheck` compares autograd with central differences on its own.
"""
import torch

torch.manual_seed(0)
torch.set_default_dtype(torch.float64)


def check(name, autograd, by_hand):
    assert torch.allclose(autograd, by_hand, rtol=1e-10, atol=1e-12), name
    gap = (autograd - by_hand).abs().max()
    print(f"check: {name:<36} max |autograd - hand| = {gap:.0e}")


t = torch.randn(1000, requires_grad=True)
(t**3).sum().backward()
check("d/dx x^3 = 3x^2", t.grad, 3 * t.detach() ** 2)

t.grad = None
torch.sin(t**2).sum().backward()
check("d/dx sin(x^2) = 2x cos(x^2)", t.grad,
      2 * t.detach() * torch.cos(t.detach() ** 2))

t.grad = None
torch.sigmoid(t).sum().backward()
s = torch.sigmoid(t.detach())
check("sigmoid' = sigmoid (1 - sigmoid)", t.grad, s * (1 - s))

x = torch.tensor([1.0, 2.0, 3.0])
y = torch.tensor([2.0, 3.0, 5.0])
w = torch.randn(1000, requires_grad=True)
b = torch.randn(1000, requires_grad=True)
r = w[:, None] * x + b[:, None] - y
(r**2).mean(dim=1).sum().backward()
r = r.detach()
check("dL/dw = (2/N) sum r_i x_i", w.grad, 2 * (r * x).mean(dim=1))
check("dL/db = (2/N) sum r_i", b.grad, 2 * r.mean(dim=1))

x_in, y_true = torch.randn(1000), torch.rand(1000)
w.grad, b.grad = None, None
a = torch.sigmoid(w * x_in + b)
((a - y_true) ** 2).sum().backward()
a = a.detach()
check("neuron dL/dw = 2(a - y) a(1 - a) x", w.grad,
      2 * (a - y_true) * a * (1 - a) * x_in)
check("neuron dL/db = 2(a - y) a(1 - a)", b.grad, 2 * (a - y_true) * a * (1 - a))


def cost(w, b):
    return ((w * x + b - y) ** 2).mean()


def neuron_loss(w, b):
    return (torch.sigmoid(w * x_in[:5] + b) - y_true[:5]) ** 2


point = (torch.randn(1, requires_grad=True), torch.randn(1, requires_grad=True))
assert torch.autograd.gradcheck(cost, point)
print("check: gradcheck(cost) passed (autograd == central differences)")
point = (torch.randn(5, requires_grad=True), torch.randn(5, requires_grad=True))
assert torch.autograd.gradcheck(neuron_loss, point)
print("check: gradcheck(neuron_loss) passed (autograd == central differences)")
