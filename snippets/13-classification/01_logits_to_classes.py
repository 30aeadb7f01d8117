"""Logits, probabilities and classes: the three ways to read a classifier's output.

A binary model gives one logit per example, a K-class model gives K. The sigmoid and the
softmax turn logits into probabilities; the predicted class needs neither, because both
functions keep the order of the logits.
"""
import torch

torch.set_printoptions(precision=4, sci_mode=False)
torch.manual_seed(0)

z = torch.tensor([-3.0, -0.5, 0.0, 0.5, 3.0])
p = torch.sigmoid(z)
print("binary logits z:         ", z)
print("p = sigmoid(z):          ", p)
print("class from p >= 0.5:     ", (p >= 0.5).long())
print("class from z >= 0:       ", (z >= 0).long())
print("log-odds log(p / (1-p)): ", torch.log(p / (1 - p)))
assert torch.equal(p >= 0.5, z >= 0)
assert torch.allclose(torch.log(p / (1 - p)), z, atol=1e-5)
print("check: p >= 0.5 exactly when z >= 0, and the logit is the log-odds")

Z = 2 * torch.randn(4, 3)
P = torch.softmax(Z, dim=1)
print("multi-class logits Z (4 examples x 3 classes):")
print(Z)
print("P = softmax(Z, dim=1):")
print(P)
print("row sums of P:     ", P.sum(dim=1))
print("argmax over Z:     ", Z.argmax(dim=1))
print("argmax over P:     ", P.argmax(dim=1))
print("log(P_1 / P_0):    ", torch.log(P[:, 1] / P[:, 0]))
print("Z_1 - Z_0:         ", Z[:, 1] - Z[:, 0])
assert torch.allclose(P.sum(dim=1), torch.ones(4))
assert torch.equal(Z.argmax(dim=1), P.argmax(dim=1))
assert torch.allclose(torch.softmax(Z + 5.0, dim=1), P)
assert torch.allclose(torch.log(P[:, 1] / P[:, 0]), Z[:, 1] - Z[:, 0], atol=1e-5)
print("check: rows of P sum to 1, argmax(Z) == argmax(P), softmax(Z + 5) == P,")
print("       and a difference of logits is a log-ratio of probabilities")
