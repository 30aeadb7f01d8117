"""One prediction function, 784 -> 128 -> ReLU -> 10, by hand and with nn.Sequential.

Both versions use the very same two Linear layers, so for the same input they must
produce the same scores.
"""
import torch
from torch import nn

torch.manual_seed(0)
fc1 = nn.Linear(784, 128)
fc2 = nn.Linear(128, 10)
X = torch.randn(4, 784)


def predict_by_hand(X):
    H = X @ fc1.weight.T + fc1.bias
    H = torch.clamp(H, min=0)
    return H @ fc2.weight.T + fc2.bias


model = nn.Sequential(fc1, nn.ReLU(), fc2)
print(model)

scores_by_hand = predict_by_hand(X)
scores_sequential = model(X)
torch.set_printoptions(precision=4)
print("output shape:", tuple(scores_sequential.shape))
print("first example, by hand:   ", scores_by_hand[0, :5].detach())
print("first example, Sequential:", scores_sequential[0, :5].detach())

assert torch.allclose(scores_by_hand, scores_sequential, atol=1e-6)
print("check: by-hand composition == nn.Sequential")

n_params = sum(p.numel() for p in model.parameters())
print("learnable parameters:", n_params)
assert n_params == 784 * 128 + 128 + 128 * 10 + 10
print("check: parameter count == 784*128 + 128 + 128*10 + 10")
