"""Dropout and BatchNorm2d act differently in training mode and in evaluation mode.

model.train() and model.eval() flip a flag on every layer. Dropout zeroes random
entries only while training; BatchNorm2d normalizes with the batch's own statistics
while training and with its stored running statistics when evaluating.
"""
import torch
from torch import nn

torch.manual_seed(0)


def fmt(t):
    return "[" + ", ".join(f"{round(v, 4) + 0.0:.4f}" for v in t.tolist()) + "]"


dropout = nn.Dropout(p=0.5)
x = torch.ones(1, 8)
dropout.train()
print("Dropout, train mode:", fmt(dropout(x)[0]))
dropout.eval()
print("Dropout, eval mode: ", fmt(dropout(x)[0]))

bn = nn.BatchNorm2d(3)
print(f"BatchNorm2d defaults: eps = {bn.eps}, momentum = {bn.momentum}")
images = 5 + 2 * torch.randn(16, 3, 4, 4)
print("input mean per channel:      ", fmt(images.mean(dim=(0, 2, 3))))

bn.train()
with torch.no_grad():
    out = bn(images)
print("train mode, output mean:     ", fmt(out.mean(dim=(0, 2, 3))))
print("train mode, output std:      ", fmt(out.std(dim=(0, 2, 3), correction=0)))
print("running_mean after one batch:", fmt(bn.running_mean))

bn.eval()
with torch.no_grad():
    out = bn(images)
print("eval mode, output mean:      ", fmt(out.mean(dim=(0, 2, 3))))
