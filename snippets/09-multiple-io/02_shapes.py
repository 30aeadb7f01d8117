"""Six weights, two layouts: W (inputs, outputs) and nn.Linear weight (outputs, inputs)."""
import torch
import torch.nn as nn

torch.manual_seed(0)

X = torch.tensor([[73.0, 67.0, 43.0],
                  [91.0, 88.0, 64.0],
                  [87.0, 134.0, 58.0],
                  [102.0, 43.0, 37.0],
                  [69.0, 96.0, 70.0]])

W = torch.randn(3, 2)
b = torch.randn(2)
Y_hat = X @ W + b
print("from scratch: W", tuple(W.shape), " b", tuple(b.shape), " X @ W + b",
      tuple(Y_hat.shape))

model = nn.Linear(3, 2)
print("nn.Linear(3, 2): weight", tuple(model.weight.shape), " bias",
      tuple(model.bias.shape), " model(X)", tuple(model(X).shape))

with torch.no_grad():
    assert torch.allclose(model(X), X @ model.weight.T + model.bias)
    print("check: model(X) == X @ weight.T + bias")

    model.weight.copy_(W.T)
    model.bias.copy_(b)
    assert torch.allclose(model(X), Y_hat)
    print("check: with weight = W.T and bias = b, model(X) == X @ W + b")

weight_T = model.weight.T
same_memory = weight_T.untyped_storage().data_ptr() == \
    model.weight.untyped_storage().data_ptr()
assert same_memory and not weight_T.is_contiguous()
print("check: weight.T is a view of the same memory, not a copy")
print("apples' weights, W[:, 0]:  ", [round(v, 4) for v in W[:, 0].tolist()])
print("apples' weights, weight[0]:", [round(v, 4) for v in model.weight[0].tolist()])
