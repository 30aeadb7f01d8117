"""Training the two-output model from scratch: Y_hat = X_std @ W + b, full batch."""
import torch

torch.manual_seed(0)

X = torch.tensor([[73.0, 67.0, 43.0],
                  [91.0, 88.0, 64.0],
                  [87.0, 134.0, 58.0],
                  [102.0, 43.0, 37.0],
                  [69.0, 96.0, 70.0]])
Y = torch.tensor([[56.0, 70.0],
                  [81.0, 101.0],
                  [119.0, 133.0],
                  [22.0, 37.0],
                  [103.0, 119.0]])
assert Y.int().tolist() == [[56, 70], [81, 101], [119, 133], [22, 37], [103, 119]]

mu = X.mean(dim=0)
sigma = X.std(dim=0, correction=0)
X_std = (X - mu) / sigma

W = torch.randn(3, 2, requires_grad=True)
b = torch.randn(2, requires_grad=True)
optimizer = torch.optim.SGD([W, b], lr=0.1)
num_epochs = 1000
for epoch in range(num_epochs + 1):
    Y_hat = X_std @ W + b
    cost = torch.mean((Y_hat - Y) ** 2)
    if epoch % 200 == 0:
        print(f"epoch {epoch:4d}/{num_epochs}  cost: {cost.item():.4f}")
    optimizer.zero_grad()
    cost.backward()
    optimizer.step()

torch.set_printoptions(precision=2, sci_mode=False)
with torch.no_grad():
    print("W (inputs x outputs):\n", W.detach())
    print("b:", b.detach())
    print("predictions (apples, oranges):\n", X_std @ W + b)
    print("targets:\n", Y)
