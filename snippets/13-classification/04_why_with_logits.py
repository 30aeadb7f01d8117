"""Why the model ends in a logit: for x = (2, 2), target 0, w = (s, s), b = 0, float32 rounds
p = sigmoid(z) to 1 and nn.BCELoss's gradient vanishes; BCEWithLogitsLoss keeps (p - y) x."""
import torch
from torch import nn

x = torch.tensor([[2.0, 2.0]])
y = torch.tensor([[0.0]])


def loss_and_grad(scale, with_logits):
    linear = nn.Linear(2, 1)
    with torch.no_grad():
        linear.weight.fill_(scale)
        linear.bias.zero_()
    model = linear if with_logits else nn.Sequential(linear, nn.Sigmoid())
    loss_fn = nn.BCEWithLogitsLoss() if with_logits else nn.BCELoss()
    loss = loss_fn(model(x), y)
    loss.backward()
    return loss.item(), linear.weight.grad[0, 0].item()


print(f"{'':21}| {'sigmoid + BCELoss':<19}| logit + BCEWithLogitsLoss")
print(f"{'z':>5}  {'sigmoid(z)':<14}| {'loss':>8} {'dL/dw1':>8}  | "
      f"{'loss':>8} {'dL/dw1':>8}")
for scale in [0.5, 1.0, 3.0, 5.0, 10.0]:
    z = torch.tensor(4 * scale)
    loss_p, grad_p = loss_and_grad(scale, with_logits=False)
    loss_z, grad_z = loss_and_grad(scale, with_logits=True)
    print(f"{z:5.1f}  {torch.sigmoid(z):.10f}  | {loss_p:8.4f} {grad_p:8.4f}  "
          f"| {loss_z:8.4f} {grad_z:8.4f}")
    exact = torch.nn.functional.softplus(z.double()).item()
    assert abs(loss_z - exact) < 1e-4
    assert abs(grad_z - (torch.sigmoid(z) - 0.0) * 2.0) < 1e-5
print("check: BCEWithLogitsLoss gives softplus(z) and dL/dw1 = (sigmoid(z) - y) x1")

assert torch.sigmoid(torch.tensor(40.0)) == 1.0
assert loss_and_grad(10.0, with_logits=False) == (100.0, 0.0)
assert abs(loss_and_grad(3.0, with_logits=True)[0] - 12.0000) < 5e-5  # z = 12: exact loss
print("check: at z = 40, sigmoid rounds to 1, BCELoss is clamped at 100, gradient 0")
