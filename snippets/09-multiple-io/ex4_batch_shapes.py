"""Exercise 4: what shapes nn.Linear(3, 2) accepts.

The layer acts on the last dimension only, which must have size 3; every leading
dimension is kept, so one sample, a batch, or a batch of batches all work.
"""
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(3, 2)

for shape in [(3,), (5, 3), (4, 5, 3)]:
    x = torch.randn(shape)
    y = model(x)
    assert torch.allclose(y, x @ model.weight.T + model.bias)
    print(f"input {str(tuple(x.shape)):<10} -> output {tuple(y.shape)}")
print("check: every output == x @ weight.T + bias")

try:
    model(torch.randn(5, 2))
except RuntimeError as error:
    print("input (5, 2): RuntimeError:", str(error).split("\n")[0])
