"""Linear regression with torch.optim.SGD: the classic three-point run.

w and b start at zero and follow gradient descent on the MSE cost for 1000 epochs;
every 100 epochs the script prints w, b and the cost before that epoch's update
(the last line is the state after all 1000 updates).
"""
import torch
import torch.optim as optim

torch.manual_seed(0)

x_train = torch.tensor([[1.0], [2.0], [3.0]])
y_train = torch.tensor([[2.0], [4.0], [6.0]])

w = torch.zeros(1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
optimizer = optim.SGD([w, b], lr=0.01)

num_epochs = 1000
for epoch in range(num_epochs + 1):
    y_hat = x_train * w + b
    cost = torch.mean((y_hat - y_train) ** 2)

    if epoch % 100 == 0:
        print(f"epoch {epoch:4d}/{num_epochs}  w: {w.item():.3f}  b: {b.item():.3f}"
              f"  cost: {cost.item():.4g}")
    if epoch == num_epochs:  # the state after 1000 updates is printed, not updated
        break

    optimizer.zero_grad()
    cost.backward()
    optimizer.step()

print(f"w after {num_epochs} updates: {w.item():.3f}")
