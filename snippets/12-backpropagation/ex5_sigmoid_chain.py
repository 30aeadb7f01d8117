"""Exercise 5: a chain of 10 sigmoids and the (1/4)^10 bound.

h_l = sigmoid(h_(l-1)) with h_0 = 0. The chain rule makes dh_10/dh_0 a product of ten
slopes sigmoid'(h_(l-1)), each at most 1/4.
"""
import torch

depth = 10
h0 = torch.tensor(0.0, dtype=torch.float64, requires_grad=True)
h = h0
slopes = []
for _ in range(depth):
    s = torch.sigmoid(h.detach())
    slopes.append((s * (1 - s)).item())
    h = torch.sigmoid(h)
h.backward()

product = torch.tensor(slopes, dtype=torch.float64).prod()
print("slopes:", " ".join(f"{s:.4f}" for s in slopes))
print(f"dh_10/dh_0: autograd = {h0.grad.item():.4e}, product of slopes = {product:.4e}")
print(f"bound (1/4)^{depth} = {0.25 ** depth:.4e}")
assert torch.isclose(h0.grad, product) and product <= 0.25 ** depth
print("check: autograd == product of local slopes <= (1/4)^10")
