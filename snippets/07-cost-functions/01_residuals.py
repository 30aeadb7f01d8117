"""Residuals, and why a cost needs one number.

Five points and one candidate line. Each point has its own residual e = y_hat - y; their
plain sum lets positive and negative misses cancel, so costs average a sign-free version
instead.
"""
import torch

torch.set_printoptions(precision=4)

x = torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0])
y = torch.tensor([3.1, 4.8, 7.4, 8.7, 11.2])

w, b = 2.0, 1.0
y_hat = w * x + b
residual = y_hat - y
print("y_hat:       ", y_hat)
print("residual:    ", residual)
print(f"sum of residuals:          {residual.sum():.4f}")
print(f"mean of |residual| (MAE):  {residual.abs().mean():.4f}")
print(f"mean of residual^2 (MSE):  {(residual**2).mean():.4f}")

bad_w, bad_b = 0.0, y.mean().item()
bad_residual = (bad_w * x + bad_b) - y
bad_sum = round(bad_residual.sum().item(), 4) + 0.0  # + 0.0 turns -0.0 into 0.0
print(f"flat line: y_hat = {bad_b:.2f} for every x")
print(f"flat line, sum of residuals: {bad_sum:.4f}")
print(f"flat line, MSE: {(bad_residual**2).mean():.4g}")
