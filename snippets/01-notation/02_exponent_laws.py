"""Laws of exponents: a^m a^n = a^(m+n), (a^m)^n = a^(mn), a^-n = 1/a^n, a^(1/2).

Each law is checked in float64 for a few bases and exponents, including negative and
fractional ones, and the worked numbers of the text are printed.
"""
import torch

a = torch.tensor([0.5, 2.0, 3.0, 9.0], dtype=torch.float64)
print("2^3 * 2^2 =", 2.0**3 * 2.0**2, "  2^5 =", 2.0**5)
print("(2^3)^2 =", (2.0**3) ** 2, "  2^6 =", 2.0**6)
print("2^-3 =", 2.0**-3, "  1 / 2^3 =", 1 / 2.0**3)
print("9^(1/2) =", 9.0**0.5, "  sqrt(9) =", torch.sqrt(torch.tensor(9.0)).item())

for m, n in [(3, 2), (-1, 4), (0.5, 0.5), (2.5, -1.5)]:
    assert torch.allclose(a**m * a**n, a ** (m + n))
    assert torch.allclose((a**m) ** n, a ** (m * n))
for n in [1, 2, 3.5]:
    assert torch.allclose(a ** (-n), 1 / a**n)
assert 2.0**-3 == 0.125 and 9.0**0.5 == 3.0
assert torch.allclose(a**0, torch.ones_like(a))
assert torch.allclose(a**0.5, torch.sqrt(a)) and torch.allclose((a**0.5) ** 2, a)
assert torch.allclose(torch.exp(torch.tensor(-1.5)), 1 / torch.exp(torch.tensor(1.5)))
print("check: the four laws hold for bases 0.5, 2, 3, 9 and e")
