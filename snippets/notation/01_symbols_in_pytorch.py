"""Every symbol of the notation sheet, evaluated in PyTorch and checked by hand.

Each line prints a symbol, the PyTorch expression the sheet gives for it and its value
on a small tensor; an assert compares that value with the number worked out by hand.
"""
import math

import torch
import torch.nn.functional as F
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)


def rounded(value):
    if isinstance(value, list):
        return [rounded(item) for item in value]
    return round(value, 4) if isinstance(value, float) else value


def fmt(value):
    if isinstance(value, tuple) and any(isinstance(v, torch.Tensor) for v in value):
        return "(" + ", ".join(fmt(v) for v in value) + ")"
    if isinstance(value, torch.Tensor):
        value = value.detach()
        if value.dim() > 0:
            return str(rounded(value.tolist()))
        value = value.item()
    if isinstance(value, float):
        return f"{value:.4e}" if 0 < abs(value) < 1e-3 else f"{value:.4f}"
    return str(value)


def show(symbol, code, value):
    print(f"{symbol:<20} {code:<42} -> {fmt(value)}")


def close(a, b, tol=1e-5):
    return torch.allclose(torch.as_tensor(a, dtype=torch.float64),
                          torch.as_tensor(b, dtype=torch.float64), atol=tol)


print("== sets and indices")
x = torch.tensor([1.0, 2.0, 3.0, 4.0])
X = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
N, d = X.shape
i, j = 2, 1
show("x vector, X matrix", "x.dim(), X.dim()", (x.dim(), X.dim()))
assert (x.dim(), X.dim()) == (1, 2)
show("x ∈ R^n", "x.shape", tuple(x.shape))
assert x.shape == (4,) and x.is_floating_point()
show("X ∈ R^(N×d)", "N, d = X.shape", (N, d))
assert (N, d) == (3, 2)
show("x_j  (j = 2)", "x[j - 1]", x[2 - 1])
assert x[2 - 1] == 2
show("x_i  (example i = 2)", "X[i - 1]", X[i - 1])
assert X[i - 1].tolist() == [3, 4]
show("x_ij  (i = 2, j = 1)", "X[i - 1, j - 1]", X[i - 1, j - 1])
assert X[i - 1, j - 1] == 3
y01 = torch.tensor([0.0, 1.0, 1.0])
in_set = torch.isin(y01, torch.tensor([0.0, 1.0])).all()
show("y ∈ {0, 1}", "torch.isin(y, torch.tensor([0., 1.]))", in_set)
assert in_set
layers = [nn.Linear(2, 3), nn.Linear(3, 1)]
show("W^[l]  (l = 2)", "layers[l - 1].weight.shape", tuple(layers[1].weight.shape))
assert layers[1].weight.shape == (1, 3)

show("0, 1 vectors", "torch.zeros(n), torch.ones(n)", (torch.zeros(2), torch.ones(2)))
assert torch.ones(3) @ x[:3] == x[:3].sum() and torch.zeros(3).abs().sum() == 0
theta_vec = torch.cat([t.flatten() for t in layers[0].parameters()])
show("θ as one vector", "torch.cat([p.flatten() ...])", tuple(theta_vec.shape))
assert theta_vec.numel() == 3 * 2 + 3

print("== numbers and relations")
a, b = 7, 3
show("a ± b", "(a + b, a - b)", (a + b, a - b))
assert (a + b, a - b) == (10, 4)
show("a ≤ b, a ≥ b, a ≠ b", "a <= b, a >= b, a != b", (a <= b, a >= b, a != b))
assert (a <= b, a >= b, a != b) == (False, True, True)
show("a mod b", "a % b", a % b)
assert a % b == a - b * (a // b) == 1
show("∞", "math.inf", math.inf)
assert math.inf > 1e308 and torch.exp(torch.tensor(1000.0)) == math.inf
implies = [not p_ or q_ for p_ in (False, True) for q_ in (False, True)]
show("A ⟹ B", "not a or b", implies)
assert implies == [True, True, False, True]
show("π", "math.pi", math.pi)
assert close(torch.acos(torch.tensor(-1.0, dtype=torch.float64)), math.pi)
assert round(math.pi, 4) == 3.1416  # the value the sheet quotes
angle = torch.tensor(math.pi / 6, dtype=torch.float64)
show("sin, cos (π/6)", "torch.sin(x), torch.cos(x)", (torch.sin(angle), torch.cos(angle)))
assert close(torch.sin(angle), 0.5) and close(torch.sin(angle) ** 2 + torch.cos(angle) ** 2, 1)

print("== sums and products")
show("Σ_i x_i", "x.sum()", x.sum())
assert x.sum() == 1 + 2 + 3 + 4
show("Σ_{i=2..3} x_i", "x[1:3].sum()", x[1:3].sum())
assert x[1:3].sum() == 2 + 3
show("Π_i x_i", "x.prod()", x.prod())
assert x.prod() == 1 * 2 * 3 * 4
show("x̄", "x.mean()", x.mean())
assert x.mean() == 10 / 4
z = torch.tensor([0.5, 2.0, -1.0])
show("max_j z_j", "z.max()", z.max())
assert z.max() == 2.0
grid = torch.tensor([-1.0, 0.0, 1.0, 2.0, 3.0])
q = (grid - 1) ** 2 - 2
show("min_x q(x)", "q.min()", q.min())
assert q.min() == -2
show("argmin_x q(x)", "grid[q.argmin()]", grid[q.argmin()])
assert grid[q.argmin()] == 1
show("argmax_k z_k", "z.argmax()", z.argmax())
assert z.argmax() == 1
a_half = torch.tensor(3.5)
floors = (torch.floor(a_half).item(), (a_half // 1).item())
show("⌊a⌋  (a = 3.5)", "torch.floor(a), a // 1", floors)
assert torch.floor(a_half) == a_half // 1 == 3
show("⌈a⌉  (a = 3.5)", "torch.ceil(a)", torch.ceil(a_half))
assert torch.ceil(a_half) == 4
loader = DataLoader(TensorDataset(torch.arange(10.0)), batch_size=4)
show("⌈N / |B|⌉", "len(loader)", len(loader))
assert len(loader) == math.ceil(10 / 4) == 3

print("== functions")


def f(t):
    return t**2


def g(t):
    return 2 * t + 1


one = torch.tensor(1.0)
show("f: R → R, x ↦ x²", "f(torch.tensor(1.5))", f(torch.tensor(1.5)))
assert f(torch.tensor(1.5)) == 2.25
show("(f∘g)(1)", "f(g(x))", f(g(one)))
assert f(g(one)) == (2 * 1 + 1) ** 2 == 9
show("(g∘f)(1)", "g(f(x))", g(f(one)))
assert g(f(one)) == 2 * 1**2 + 1 == 3
show("e = exp(1)", "torch.exp(torch.tensor(1.))", torch.exp(one))
assert close(torch.exp(one), math.e)
show("ln e", "torch.log(torch.tensor(math.e))", torch.log(torch.tensor(math.e)))
assert close(torch.log(torch.tensor(math.e)), 1.0)
r = torch.tensor([-1.0, 0.0, 2.0])
show("|r_i|", "r.abs()", r.abs())
assert r.abs().tolist() == [1, 0, 2]
show("√16", "torch.sqrt(torch.tensor(16.))", torch.sqrt(torch.tensor(16.0)))
assert torch.sqrt(torch.tensor(16.0)) == 4
show("sign(r)", "torch.sign(r)", torch.sign(r))
assert torch.sign(r).tolist() == [-1, 0, 1]
show("σ(0)", "torch.sigmoid(torch.tensor(0.))", torch.sigmoid(torch.tensor(0.0)))
assert torch.sigmoid(torch.tensor(0.0)) == 0.5
assert close(torch.sigmoid(one), 1 / (1 + 1 / math.e))
show("tanh(1)", "torch.tanh(torch.tensor(1.))", torch.tanh(one))
assert close(torch.tanh(one), (math.e - 1 / math.e) / (math.e + 1 / math.e))
zs = torch.tensor([-1.0, 2.0])
show("ReLU(z)", "torch.relu(z)", torch.relu(zs))
assert torch.relu(zs).tolist() == [0, 2]
show("LeakyReLU(z)", "F.leaky_relu(z, 0.1)", F.leaky_relu(zs, 0.1))
assert close(F.leaky_relu(zs, 0.1), [-0.1, 2.0])
phi_1 = 0.5 * (1 + torch.erf(one / math.sqrt(2)))
show("Φ(1)", "0.5 * (1 + torch.erf(z / math.sqrt(2)))", phi_1)
assert close(phi_1, 0.5 * (1 + math.erf(1 / math.sqrt(2))))
show("erf(1/√2)", "torch.erf(x)", torch.erf(one / math.sqrt(2)))
assert close(torch.erf(one / math.sqrt(2)), 2 * phi_1 - 1)
show("GELU(1) = 1·Φ(1)", "F.gelu(torch.tensor(1.))", F.gelu(one))
assert close(F.gelu(one), phi_1)
s = torch.log(torch.tensor([1.0, 2.0, 3.0]))
show("softmax(s)", "torch.softmax(s, dim=0)", torch.softmax(s, dim=0))
assert close(torch.softmax(s, dim=0), [1 / 6, 2 / 6, 3 / 6])
show("log softmax(s)", "torch.log_softmax(s, dim=0)", torch.log_softmax(s, dim=0))
assert close(torch.log_softmax(s, dim=0), [math.log(k / 6) for k in (1, 2, 3)])
show("LSE(s)", "torch.logsumexp(s, dim=0)", torch.logsumexp(s, dim=0))
assert close(torch.logsumexp(s, dim=0), math.log(6))
labels = torch.tensor([0, 1, 2, 2, 1])
predicted = torch.tensor([0, 2, 2, 2, 1])
hits = (predicted == labels).float()
show("1[ŷ = y]", "(y_hat == y).float()", hits)
assert hits.tolist() == [1, 0, 1, 1, 1]
zz = torch.linspace(-3, 3, 13)
same = torch.equal(torch.sigmoid(zz) >= 0.5, zz >= 0)
show("σ(z) ≥ 1/2 ⟺ z ≥ 0", "torch.equal(torch.sigmoid(z) >= 0.5, z >= 0)", same)
assert same
model = nn.Linear(2, 1)
with torch.no_grad():
    model.weight.copy_(torch.tensor([[1.0, 1.0]]))
    model.bias.fill_(0.5)
show("ŷ = f(x; θ)", "model(X)", model(X))
assert close(model(X).squeeze(1), [1 + 2 + 0.5, 3 + 4 + 0.5, 5 + 6 + 0.5])

print("== calculus")
a = torch.tensor(2.0, requires_grad=True)
(dfda,) = torch.autograd.grad(a**3, a)
show("f'(2), f = x^3", "torch.autograd.grad(f(a), a)", dfda)
assert dfda == 3 * 2**2
w = torch.tensor([1.0, 2.0], requires_grad=True)
(w[0] ** 2 + 3 * w[0] * w[1]).backward()
show("∂f/∂w_1", "w.grad[0]", w.grad[0])
assert w.grad[0] == 2 * 1 + 3 * 2
show("∇f(1, 2)", "w.grad", w.grad)
assert w.grad.tolist() == [8, 3]
x64 = torch.tensor(2.0, dtype=torch.float64)
h = 1e-3
forward = ((x64 + h) ** 3 - x64**3) / h
central = ((x64 + h) ** 3 - (x64 - h) ** 3) / (2 * h)
show("forward diff.", "(f(a + h) - f(a)) / h", forward.item())
assert close(forward, 12 + 6 * h + h**2, tol=1e-9)
show("central diff.", "(f(a + h) - f(a - h)) / (2 * h)", central.item())
assert close(central, 12 + h**2, tol=1e-9)
show("f'(2) ≈ forward", "torch.allclose(forward, f'(2), atol=1e-2)",
     torch.allclose(forward, torch.tensor(12.0, dtype=torch.float64), atol=1e-2))
assert torch.allclose(forward, torch.tensor(12.0, dtype=torch.float64), atol=1e-2)
assert forward != 12
eps = torch.finfo(torch.float32).eps
show("ε (machine)", "torch.finfo(torch.float32).eps", eps)
assert eps == 2**-23
xs = torch.tensor([1.0, 2.0, 3.0])
ys = 2 * xs


def loss_of(theta):
    return ((theta[0] * xs + theta[1] - ys) ** 2).mean()


H = torch.autograd.functional.hessian(loss_of, torch.tensor([0.0, 0.0]))
show("H (Hessian)", "autograd.functional.hessian(loss, θ)", H)
assert close(H, [[2 * 14 / 3, 2 * 2], [2 * 2, 2 * 1]])
lam = torch.linalg.eigvalsh(H)
trace, det = 28 / 3 + 2, 28 / 3 * 2 - 16
lam_by_hand = [(trace - math.sqrt(trace**2 - 4 * det)) / 2,
               (trace + math.sqrt(trace**2 - 4 * det)) / 2]
show("λ_min, λ_max", "torch.linalg.eigvalsh(H)", lam)
assert close(lam, lam_by_hand, tol=1e-4)
show("κ = λ_max / λ_min", "lam.max() / lam.min()", lam.max() / lam.min())
assert close(lam.max() / lam.min(), lam_by_hand[1] / lam_by_hand[0], tol=1e-3)
p = torch.softmax(s, dim=0)
jac = torch.autograd.functional.jacobian(lambda v: torch.softmax(v, dim=0), s)
show("J of softmax", "autograd.functional.jacobian(f, s)", jac)
assert close(jac, torch.diag(p) - torch.outer(p, p))
show("δ_ij", "torch.eye(n)[i, j]", (torch.eye(3)[1, 1], torch.eye(3)[1, 2]))
assert torch.eye(3)[1, 1] == 1 and torch.eye(3)[1, 2] == 0
show("diag(p)", "torch.diag(p)", torch.diag(p))
assert close(torch.diag(p), [[1 / 6, 0, 0], [0, 1 / 3, 0], [0, 0, 1 / 2]])

print("== linear algebra")
A = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
B = torch.tensor([[0.0, 1.0], [1.0, 0.0]])
show("Aᵀ", "A.T", A.T)
assert A.T.tolist() == [[1, 3], [2, 4]]
show("AB", "A @ B", A @ B)
assert (A @ B).tolist() == [[2, 1], [4, 3]]
show("A ⊙ B", "A * B", A * B)
assert (A * B).tolist() == [[0, 2], [3, 0]]
u = torch.tensor([1.0, -1.0])
v = torch.tensor([3.0, 4.0])
show("uᵀv = u·v", "u @ v", u @ v)
assert u @ v == 1 * 3 + (-1) * 4
show("‖v‖", "torch.linalg.norm(v)", torch.linalg.norm(v))
assert torch.linalg.norm(v) == math.sqrt(9 + 16) == 5
show("‖v‖_1", "v.abs().sum()", v.abs().sum())
assert v.abs().sum() == 3 + 4
show("I", "torch.eye(2)", torch.eye(2))
assert torch.equal(torch.eye(2) @ A, A)
W = torch.tensor([[1.0], [-1.0]])
b = torch.tensor([0.5])
ones_bt = torch.ones(N, 1) @ b[None, :]
show("XW + 1bᵀ", "X @ W + b", X @ W + b)
assert torch.equal(X @ W + b, X @ W + ones_bt)
assert (X @ W + b).flatten().tolist() == [-0.5, -0.5, -0.5]
show("XWᵀ + b", "layer(X)", model(X))
assert torch.allclose(model(X), X @ model.weight.T + model.bias)
T = torch.arange(24.0).reshape(2, 3, 4)
show("T ∈ R^(2×3×4)", "T.shape, T.dim()", (tuple(T.shape), T.dim()))
assert T.shape == (2, 3, 4) and T.dim() == 3
show("Π_j d_j", "T.numel()", T.numel())
assert T.numel() == 2 * 3 * 4
show("strides s_j", "T.stride()", T.stride())
assert T.stride() == (3 * 4, 4, 1)
offset = 1 * 12 + 2 * 4 + 3 * 1
show("Σ_j i_j s_j", "T.flatten()[offset]", T.flatten()[offset])
assert T.flatten()[offset] == T[1, 2, 3] == 23

print("== statistics and losses")
show("μ (mean)", "x.mean()", x.mean())
assert x.mean() == 2.5
show("σ² (variance)", "x.var(correction=0)", x.var(correction=0))
assert x.var(correction=0) == (1.5**2 + 0.5**2 + 0.5**2 + 1.5**2) / 4
show("σ (std)", "x.std(correction=0)", x.std(correction=0))
assert close(x.std(correction=0), math.sqrt(1.25))
x_std = (x - x.mean()) / x.std(correction=0)
show("(x - μ) / σ", "(x - x.mean()) / x.std(correction=0)", x_std)
assert close(x_std.mean(), 0.0) and close(x_std.var(correction=0), 1.0)
values = torch.tensor([0.0, 1.0])
probs = torch.tensor([0.3, 0.7])
show("P(m = 1)", "Bernoulli(p).log_prob(1).exp()",
     torch.distributions.Bernoulli(probs=0.7).log_prob(torch.tensor(1.0)).exp())
assert close(torch.distributions.Bernoulli(probs=0.7).log_prob(torch.tensor(1.0)).exp(), 0.7)
scores = torch.tensor([[2.0, 0.0], [0.0, 2.0]])
given = torch.softmax(scores, dim=-1)
show("p(y | x)", "torch.softmax(model(x), dim=-1)[y]", given[0])
assert close(given.sum(dim=-1), [1.0, 1.0]) and close(given[0, 0], 1 / (1 + math.exp(-2)))
grid_x = torch.linspace(-8.0, 8.0, 4001, dtype=torch.float64)
density = torch.exp(-(grid_x**2) / 2) / math.sqrt(2 * math.pi)
show("∫ φ(x) dx", "torch.trapezoid(f(x), x)", torch.trapezoid(density, grid_x))
assert close(torch.trapezoid(density, grid_x), 1.0, tol=1e-9)
show("E[m]", "(probs * values).sum()", (probs * values).sum())
assert close((probs * values).sum(), 0.7)
m = torch.bernoulli(torch.full((10000,), 0.7))
show("m ~ Bernoulli(0.7)", "torch.bernoulli(torch.full((n,), 0.7))", m.mean())
assert torch.isin(m, values).all() and abs(m.mean() - 0.7) < 0.02
noise = torch.randn(10000) * 2.0 + 1.0
show("X ~ N(1, 2²)", "torch.randn(n) * sigma + mu", noise.std())
assert abs(noise.mean() - 1.0) < 0.1 and abs(noise.std() - 2.0) < 0.1
y = torch.tensor([0.0, 1.0, 3.0])
y_hat = torch.tensor([1.0, 1.0, 1.0])
show("e = ŷ - y", "y_hat - y", y_hat - y)
assert (y_hat - y).tolist() == [1, 0, -2]
per_example = nn.MSELoss(reduction="none")(y_hat, y)
show("ℓ(ŷ, y)", "nn.MSELoss(reduction='none')(y_hat, y)", per_example)
assert per_example.tolist() == [1, 0, 4]
loss_fn = nn.MSELoss()
show("L = (1/N) Σ ℓ", "loss_fn(y_hat, y)", loss_fn(y_hat, y))
assert close(loss_fn(y_hat, y), per_example.mean()) and close(per_example.mean(), 5 / 3)
show("MAE", "nn.L1Loss()(y_hat, y)", nn.L1Loss()(y_hat, y))
assert close(nn.L1Loss()(y_hat, y), (1 + 0 + 2) / 3)
mse = nn.MSELoss()(y_hat, y)
show("MSE", "nn.MSELoss()(y_hat, y)", mse)
assert close(mse, (1 + 0 + 4) / 3)
show("RMSE", "torch.sqrt(mse)", torch.sqrt(mse))
assert close(torch.sqrt(mse), math.sqrt(5 / 3))
rmsle = torch.sqrt(F.mse_loss(torch.log1p(y_hat), torch.log1p(y)))
show("RMSLE", "torch.sqrt(F.mse_loss(log1p(ŷ), log1p(y)))", rmsle)
assert close(rmsle, math.log(2) * math.sqrt(2 / 3))
bce = nn.BCEWithLogitsLoss()(torch.tensor([0.0]), torch.tensor([1.0]))
show("BCE  (z = 0, y = 1)", "nn.BCEWithLogitsLoss()(z, y)", bce)
assert close(bce, math.log(2))
ce = nn.CrossEntropyLoss()(s[None, :], torch.tensor([2]))
show("CE  (p_y = 1/2)", "nn.CrossEntropyLoss()(s, y)", ce)
assert close(ce, -math.log(1 / 2))

X_val, y_val = X, torch.tensor([[3.5], [7.5], [10.5]])
risk = loss_fn(model(X_val), y_val)
show("R̂_S(θ)", "loss_fn(model(X_val), y_val)", risk)
assert close(risk, (0 + 0 + 1) / 3)
show("accuracy", "(y_hat == y).float().mean()", hits.mean())
assert close(hits.mean(), 4 / 5)
K = 3
C = torch.bincount(K * labels + predicted, minlength=K * K).reshape(K, K)
show("C_jk", "torch.bincount(K * y + y_hat, ...)", C)
assert C.tolist() == [[1, 0, 0], [0, 1, 1], [0, 0, 2]]
show("tr(C)", "torch.trace(C)", torch.trace(C))
assert torch.trace(C) == hits.sum() == 4

print("== training")
layer = nn.Linear(3, 2)
count = sum(t.numel() for t in layer.parameters())
show("θ (all parameters)", "sum(t.numel() for t in model.parameters())", count)
assert count == 2 * 3 + 2
show("W, b", "layer.weight.shape, layer.bias.shape",
     (tuple(layer.weight.shape), tuple(layer.bias.shape)))
assert layer.weight.shape == (2, 3) and layer.bias.shape == (2,)
lr = 0.05
w_hand = torch.tensor(0.0, requires_grad=True)
((w_hand * xs - ys) ** 2).mean().backward()
with torch.no_grad():
    w_hand -= lr * w_hand.grad
w_opt = torch.tensor(0.0, requires_grad=True)
optimizer = torch.optim.SGD([w_opt], lr=lr)
((w_opt * xs - ys) ** 2).mean().backward()
optimizer.step()
show("w ← w - η ∂L/∂w", "w -= lr * w.grad", w_hand)
show("w ← w - η ∂L/∂w", "optimizer.step()", w_opt)
assert close(w_hand, lr * 56 / 3) and close(w_opt, 14 / 15)
theta = torch.tensor(0.0, requires_grad=True)
momentum = torch.optim.SGD([theta], lr=0.1, momentum=0.9)
for _ in range(2):
    momentum.zero_grad()
    (3 * theta).backward()
    momentum.step()
show("μ (momentum)", "optim.SGD(params, lr, momentum=mu)", theta)
assert close(theta, -0.1 * 3 - 0.1 * (0.9 * 3 + 3))
theta2 = torch.tensor([0.0, 0.0], requires_grad=True)
adam = torch.optim.Adam([theta2], lr=0.1, betas=(0.9, 0.999))
(theta2 @ torch.tensor([3.0, -0.01])).backward()
adam.step()
show("β_1, β_2 (Adam)", "optim.Adam(params, lr, betas=(b1, b2))", theta2)
assert close(theta2, [-0.1, 0.1])
xb, = next(iter(loader))
show("|B|", "len(xb)", len(xb))
assert len(xb) == 4
drop = nn.Dropout(p=0.5)
out_train = drop(torch.ones(8))
show("dropout p = 0.5", "nn.Dropout(p)(x) in train()", out_train)
assert torch.isin(out_train, torch.tensor([0.0, 2.0])).all()
drop.eval()
assert torch.equal(drop(torch.ones(8)), torch.ones(8))
decayed = torch.tensor([1.0, -2.0], requires_grad=True)
decay = torch.optim.SGD([decayed], lr=0.1, weight_decay=0.01)
(decayed @ torch.tensor([0.5, 0.5])).backward()
decay.step()
show("λ (weight decay)", "optim.SGD(params, lr, weight_decay=lam)", decayed)
shrink = 1 - 0.1 * 0.01
assert close(decayed, [shrink * 1 - 0.1 * 0.5, shrink * -2 - 0.1 * 0.5])
bn = nn.BatchNorm1d(1)
feat = torch.tensor([[1.0], [2.0], [3.0], [4.0]])
by_hand_bn = (feat - 2.5) / math.sqrt(1.25 + bn.eps)
show("γ, β (batch norm)", "bn.weight, bn.bias", (bn.weight.item(), bn.bias.item()))
assert bn.weight.item() == 1 and bn.bias.item() == 0
assert close(bn(feat), by_hand_bn)
conv = nn.Conv2d(1, 1, kernel_size=3, stride=2, padding=1)
size = conv(torch.zeros(1, 1, 8, 8)).shape[-1]
show("⌊(H + 2p - k)/s⌋ + 1", "conv(img).shape[-1]", size)
assert size == (8 + 2 * 1 - 3) // 2 + 1 == 4
Xd = X.clone()
Y = model(Xd)
Y.retain_grad()
loss = ((Y - 1.0) ** 2).mean()
model.zero_grad()
loss.backward()
show("Δ = ∂L/∂Y", "Y.grad", Y.grad)
assert close(Y.grad, 2 * (Y - 1.0) / N)
show("∂L/∂W = ΔᵀX", "model.weight.grad", model.weight.grad)
assert close(model.weight.grad, Y.grad.T @ Xd)
print("check: every expression on the sheet equals its hand-computed value")
