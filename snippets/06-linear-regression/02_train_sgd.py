"""Linear regression with torch.optim.SGD: the classic three-point run.

W and b start at zero and follow gradient descent on the MSE cost for 1000 epochs;
every 100 epochs the script prints W, b and the cost before that epoch's update.
"""
import torch
import torch.optim as optim

torch.manual_seed(0)

x_train = torch.tensor([[1.0], [2.0], [3.0]])
y_train = torch.tensor([[2.0], [4.0], [6.0]])

W = torch.zeros(1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
optimizer = optim.SGD([W, b], lr=0.01)

num_epochs = 1000
for epoch in range(num_epochs + 1):
    hypothesis = x_train * W + b
    cost = torch.mean((hypothesis - y_train) ** 2)

    if epoch % 100 == 0:
        print(f"epoch {epoch:4d}/{num_epochs}  W: {W.item():.3f}  b: {b.item():.3f}"
              f"  cost: {cost.item():.6f}")

    optimizer.zero_grad()
    cost.backward()
    optimizer.step()
