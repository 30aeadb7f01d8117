"""Exercise 4: softmax cross-entropy with two classes is sigmoid BCE on z1 - z0.

With two logits (z0, z1), softmax gives class 1 the probability sigmoid(z1 - z0), so
nn.CrossEntropyLoss on the pair equals nn.BCEWithLogitsLoss on the difference.
"""
import torch
from torch import nn

torch.manual_seed(0)
N = 6
logits = torch.randn(N, 2)
labels = torch.randint(0, 2, (N,))

ce = nn.CrossEntropyLoss()(logits, labels)
bce = nn.BCEWithLogitsLoss()(logits[:, 1] - logits[:, 0], labels.float())
print(f"CrossEntropyLoss on (z0, z1):    {ce:.4f}")
print(f"BCEWithLogitsLoss on z1 - z0:    {bce:.4f}")
assert torch.allclose(ce, bce)
assert torch.allclose(torch.softmax(logits, dim=1)[:, 1],
                      torch.sigmoid(logits[:, 1] - logits[:, 0]))
print("check: softmax(z)[1] == sigmoid(z1 - z0), and the two losses agree")
