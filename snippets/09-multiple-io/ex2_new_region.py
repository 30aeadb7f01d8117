"""Exercise 2: predicting a new region, and the statistics to standardize it with.

A new region (80 F, 100 mm, 60 %) must be standardized with the training statistics;
its own statistics, or no standardization at all, give nonsense.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

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
mu = X.mean(dim=0)
sigma = X.std(dim=0, correction=0)

model = nn.Linear(3, 2)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
for epoch in range(1000):
    cost = F.mse_loss(model((X - mu) / sigma), Y)
    optimizer.zero_grad()
    cost.backward()
    optimizer.step()

x_new = torch.tensor([[80.0, 100.0, 60.0]])
with torch.no_grad():
    right = model((x_new - mu) / sigma)
    own = model((x_new - x_new.mean(dim=0)) / x_new.std(dim=0, correction=0))
    raw = model(x_new)
print("training statistics: ", [round(v, 2) for v in right[0].tolist()])
print("its own statistics:  ", own[0].tolist())
print("not standardized:    ", [round(v, 2) for v in raw[0].tolist()])
