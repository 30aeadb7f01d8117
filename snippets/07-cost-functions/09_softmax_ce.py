"""Softmax plus cross-entropy, and LogSoftmax + NLLLoss == CrossEntropyLoss.

Four examples, three classes; large logits show why log-softmax uses log-sum-exp.
"""
import torch
from torch import nn

torch.set_printoptions(precision=4)
torch.manual_seed(0)
logits = torch.randn(4, 3)
y = torch.tensor([0, 2, 1, 2])

probs = torch.exp(logits) / torch.exp(logits).sum(dim=1, keepdim=True)
print("softmax probabilities:")
print(probs)
print("row sums:", probs.sum(dim=1))
p_true = probs[torch.arange(4), y]
print("probability of the true class:", p_true)
print(f"probability of the true class, example 2: {p_true[1]:.4f}")

ce_by_hand = -torch.log(p_true).mean()
log_probs = nn.LogSoftmax(dim=1)(logits)
ce_two_steps = nn.NLLLoss()(log_probs, y)
ce_one_step = nn.CrossEntropyLoss()(logits, y)
print(f"cross-entropy by hand:          {ce_by_hand:.4f}")
print(f"nn.NLLLoss(nn.LogSoftmax(z)):   {ce_two_steps:.4f}")
print(f"nn.CrossEntropyLoss(z):         {ce_one_step:.4f}")
assert torch.allclose(ce_by_hand, ce_two_steps)
assert torch.allclose(ce_two_steps, ce_one_step)
print("check: by hand == LogSoftmax + NLLLoss == CrossEntropyLoss")

big = torch.tensor([[1000.0, 0.0, -1000.0]])
naive = torch.log(torch.exp(big) / torch.exp(big).sum(dim=1, keepdim=True))
m = big.max(dim=1, keepdim=True).values
stable = big - (m + torch.log(torch.exp(big - m).sum(dim=1, keepdim=True)))
print("logits [1000, 0, -1000], naive log(softmax):", naive)
print("logits [1000, 0, -1000], log-sum-exp trick: ", stable)
print("logits [1000, 0, -1000], nn.LogSoftmax:     ", nn.LogSoftmax(dim=1)(big))
assert torch.allclose(stable, nn.LogSoftmax(dim=1)(big))
print("check: log-sum-exp trick == nn.LogSoftmax")
