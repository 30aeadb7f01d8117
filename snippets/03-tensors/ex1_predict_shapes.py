"""Exercise 1: predict shapes, then let PyTorch confirm them."""
import torch

x = torch.arange(24.0).reshape(2, 3, 4)
predicted = {
    "x[0]": (3, 4),
    "x[:, 1]": (2, 4),
    "x[:, :, 1:3]": (2, 3, 2),
    "x.view(6, -1)": (6, 4),
    "x.unsqueeze(-1)": (2, 3, 4, 1),
    "x.sum(dim=1)": (2, 4),
    "x[1:, :1, :]": (1, 1, 4),
    "x[1:, :1, :].squeeze()": (4,),
}
for expression, shape in predicted.items():
    actual = tuple(eval(expression).shape)
    assert actual == shape, (expression, actual)
    print(f"{expression:<24} -> {actual}")
print("check: every predicted shape is correct")
