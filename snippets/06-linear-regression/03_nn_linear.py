"""The same regression with nn.Linear, F.mse_loss and optim.SGD.

nn.Linear(1, 1) holds w (as .weight) and b (as .bias) and starts them at seeded random
values; after training it predicts y for an input it has never seen, x = 4.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.optim as optim

torch.manual_seed(0)

x_train = torch.tensor([[1.0], [2.0], [3.0]])
y_train = torch.tensor([[2.0], [4.0], [6.0]])

model = nn.Linear(1, 1)
print(f"initial w: {model.weight.item():.4f}, initial b: {model.bias.item():.4f}")
optimizer = optim.SGD(model.parameters(), lr=0.01)

num_epochs = 1000
for epoch in range(num_epochs + 1):
    prediction = model(x_train)
    cost = F.mse_loss(prediction, y_train)

    if epoch % 100 == 0:
        w, b = model.weight.item(), model.bias.item()
        print(f"epoch {epoch:4d}/{num_epochs}  w: {w:.3f}  b: {b:.3f}"
              f"  cost: {cost.item():.4g}")
    if epoch == num_epochs:  # 1000 updates in all
        break

    optimizer.zero_grad()
    cost.backward()
    optimizer.step()

with torch.no_grad():
    y_new = model(torch.tensor([[4.0]]))
print(f"prediction for x = 4: {y_new.item():.4f}")
