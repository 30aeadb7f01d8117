"""Exercise 2: the receptive field of one unit after conv 3x3 -> pool 2 -> conv 3x3.

By hand the field grows 3 -> 4 -> 8 pixels. Autograd confirms it: the gradient of one
output unit with respect to the input is nonzero exactly on the pixels it can see.
Average pooling is used so that every pixel of a pooling window passes gradient.
"""
import torch
from torch import nn

torch.manual_seed(0)
torch.set_default_dtype(torch.float64)

r, jump = 1, 1
for name, k, s in [("conv 3x3", 3, 1), ("pool 2", 2, 2), ("conv 3x3", 3, 1)]:
    r, jump = r + (k - 1) * jump, jump * s
    print(f"after {name:<9} receptive field {r} x {r}  (jump {jump})")

model = nn.Sequential(nn.Conv2d(1, 4, 3, padding=1), nn.AvgPool2d(2),
                      nn.Conv2d(4, 1, 3, padding=1))
x = torch.randn(1, 1, 16, 16, requires_grad=True)
out = model(x)
out[0, 0, 4, 4].backward()
rows, cols = (x.grad[0, 0] != 0).nonzero().unbind(dim=1)
height = (rows.max() - rows.min() + 1).item()
width = (cols.max() - cols.min() + 1).item()
print("output map:", tuple(out.shape), " unit (4, 4) sees input rows",
      f"{rows.min().item()}..{rows.max().item()}, columns "
      f"{cols.min().item()}..{cols.max().item()}")
print(f"receptive field from autograd: {height} x {width}, "
      f"nonzero gradients: {(x.grad != 0).sum().item()}")
assert height == width == r == 8 and (x.grad != 0).sum() == 64
print("check: autograd's receptive field == 8 x 8 from the recurrence")
