"""model.train() and model.eval(): dropout is random only while training.

A small network with one Dropout layer between two linear layers. In training mode two
passes over the same input differ; in evaluation mode Dropout is the identity and the
output is deterministic. torch.no_grad() is a different switch: it stops autograd from
recording but leaves dropout on.
"""
# --8<-- [start:switch]
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(1, 16), nn.Tanh(), nn.Dropout(p=0.5), nn.Linear(16, 1))
x = torch.tensor([[-1.0], [0.5], [2.0]])


def fmt(t):
    return "[" + ", ".join(f"{v:.4f}" for v in t.flatten().tolist()) + "]"


model.train()
print("after model.train(): model.training =", model.training,
      " model[2].training =", model[2].training)
out1, out2 = model(x), model(x)
print("train mode, pass 1:", fmt(out1))
print("train mode, pass 2:", fmt(out2))
assert not torch.equal(out1, out2)

model.eval()
print("after model.eval():  model.training =", model.training,
      " model[2].training =", model[2].training)
out3, out4 = model(x), model(x)
print("eval mode, pass 1: ", fmt(out3))
print("eval mode, pass 2: ", fmt(out4))
assert torch.equal(out3, out4)
no_dropout = nn.Sequential(model[0], model[1], model[3])
assert torch.equal(out3, no_dropout(x))
print("check: eval mode is deterministic and equals the network without Dropout")
# --8<-- [end:switch]

model.train()
with torch.no_grad():
    out5, out6 = model(x), model(x)
assert not torch.equal(out5, out6)
print("check: torch.no_grad() alone leaves dropout on")
model.eval()
print("eval mode still records for autograd: requires_grad =", model(x).requires_grad)

num_masks = 20000
model.train()
with torch.no_grad():
    many = model(x.repeat(num_masks, 1)).view(num_masks, len(x), 1)
mean = many.mean(dim=0)
print(f"mean of {num_masks} train-mode passes:", fmt(mean))
print("eval-mode output:               ", fmt(out3))
print(f"largest difference: {(mean - out3).abs().max():.4f}")
assert torch.allclose(mean, out3, atol=0.02)
print("check: on average, the train-mode output is the eval-mode output")
