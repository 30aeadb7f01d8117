"""Exercise 4: a summed cost with lr / N follows the same path as the mean cost with lr.

The sum of squared errors is N times the mean, so its gradient is N times larger;
dividing the learning rate by N cancels the factor exactly.
"""
import torch

x_train = torch.tensor([[1.0], [2.0], [3.0]])
y_train = torch.tensor([[2.0], [4.0], [6.0]])
N, lr = len(x_train), 0.01


def train(reduce, step_size, num_epochs=1000):
    w = torch.zeros(1, requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    optimizer = torch.optim.SGD([w, b], lr=step_size)
    path = []
    for epoch in range(num_epochs):
        cost = reduce((x_train * w + b - y_train) ** 2)
        optimizer.zero_grad()
        cost.backward()
        optimizer.step()
        path.append([w.item(), b.item()])
    return torch.tensor(path)


mean_path = train(torch.mean, lr)
sum_path = train(torch.sum, lr / N)
same_lr = train(torch.sum, lr)
for label, path in [(f"mean cost, lr = {lr}", mean_path),
                    (f"sum cost,  lr = {lr}/{N}", sum_path),
                    (f"sum cost,  lr = {lr}", same_lr)]:
    print(f"{label:<24} final w = {path[-1, 0]:.4f}, b = {path[-1, 1]:.4f}")
assert torch.allclose(mean_path, sum_path, atol=1e-5)
print("check: sum cost with lr/N == mean cost with lr, at every epoch")
