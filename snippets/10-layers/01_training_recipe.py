"""The training recipe as code: predict, measure the loss, get the gradient, update.

A one-feature linear model learns y = 2x + 1 from noisy samples. The four steps inside
the loop stay the same for every model in this book; only the prediction function
grows.
"""
import torch
from torch import nn

torch.manual_seed(0)
X = torch.linspace(-1, 1, 50).unsqueeze(1)
y = 2 * X + 1 + 0.1 * torch.randn(50, 1)

model = nn.Linear(1, 1)
loss_fn = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
print(f"initial: w = {model.weight.item():.4f}, b = {model.bias.item():.4f}")

num_epochs = 200
for epoch in range(num_epochs):
    y_hat = model(X)  # 1. prediction
    loss = loss_fn(y_hat, y)  # 2. loss
    optimizer.zero_grad()
    loss.backward()  # 3. gradient
    optimizer.step()  # 4. update
    if epoch % 50 == 0 or epoch == num_epochs - 1:
        print(f"epoch {epoch:3d}: loss = {loss.item():.4f}")

print(f"learned: w = {model.weight.item():.4f}, b = {model.bias.item():.4f}")
