"""Why the inputs are standardized: the curvature of the cost, raw versus standardized.

The Hessian of the MSE cost with respect to one output's weights and bias is
2 / (N K) * A.T @ A, where A is X with a column of ones appended. Its largest eigenvalue
caps the learning rate (lr < 2 / largest); its smallest sets how slowly the flattest
direction converges. Both runs start from zero and take 1000 full-batch steps.
"""
# --8<-- [start:setup]
import torch

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
N, K = Y.shape

mu = X.mean(dim=0)
sigma = X.std(dim=0, correction=0)
X_std = (X - mu) / sigma
print("mu:   ", [round(v, 4) for v in mu.tolist()])
print("sigma:", [round(v, 4) for v in sigma.tolist()])


def augmented(inputs):
    return torch.cat([inputs, torch.ones(N, 1)], dim=1).double()
# --8<-- [end:setup]

# --8<-- [start:compare]
def train(inputs, lr, num_epochs=1000):
    W = torch.zeros(3, 2, requires_grad=True)
    b = torch.zeros(2, requires_grad=True)
    optimizer = torch.optim.SGD([W, b], lr=lr)
    costs = []
    for epoch in range(num_epochs):
        cost = torch.mean((inputs @ W + b - Y) ** 2)
        costs.append(cost.item())
        optimizer.zero_grad()
        cost.backward()
        optimizer.step()
    costs.append(torch.mean((inputs @ W + b - Y) ** 2).item())
    return costs, torch.cat([W, b.unsqueeze(0)]).detach().double()


for name, inputs, lr in [("raw", X, 1e-4), ("standardized", X_std, 0.1)]:
    A = augmented(inputs)
    eig = torch.linalg.eigvalsh(2 / (N * K) * A.T @ A)
    best = torch.linalg.lstsq(A, Y.double()).solution
    costs, theta = train(inputs, lr)
    print(f"{name}:")
    print("  Hessian eigenvalues:", [f"{v:.4g}" for v in eig.tolist()])
    print(f"{name}, largest stable lr 2/max: {2 / eig[-1]:.4g}")
    print(f"{name}, condition number max/min: {eig[-1] / eig[0]:.4g}")
    print(f"  lr = {lr}: cost after 100 epochs {costs[100]:.4f},"
          f" after 1000 epochs {costs[1000]:.4f}")
    lowest = torch.mean((A @ best - Y) ** 2)
    print(f"  lowest possible cost (least squares): {lowest:.4f}")
    print(f"  largest |parameter - least-squares parameter|:"
          f" {torch.max(torch.abs(theta - best)):.4f}")
    print("  bias after 1000 epochs:", [round(v, 4) for v in theta[3].tolist()],
          " least-squares bias:", [round(v, 4) for v in best[3].tolist()])
# --8<-- [end:compare]
