"""Exercise 3: add a bias b, so y_hat = w x + b, and check both partial derivatives."""
import torch

w = torch.tensor(0.2, requires_grad=True)
b = torch.tensor(0.0, requires_grad=True)
x, y = torch.tensor(30.2), torch.tensor(10.5)

y_hat = w * x + b
loss = (y_hat - y) ** 2
loss.backward()
grad_w_hand = 2 * x * (y_hat.detach() - y)
grad_b_hand = 2 * (y_hat.detach() - y)
print(f"dL/dw: autograd {w.grad.item():.4f}  by hand {grad_w_hand.item():.4f}")
print(f"dL/db: autograd {b.grad.item():.4f}  by hand {grad_b_hand.item():.4f}")
assert torch.allclose(w.grad, grad_w_hand)
assert torch.allclose(b.grad, grad_b_hand)
print("check: autograd == 2 x (y_hat - y) and 2 (y_hat - y)")
