"""Output layer, target and loss for the four kinds of problem, with their shapes.

A batch of N = 4 examples and made-up model outputs. Each loss wants a particular shape
and dtype of target; the last part shows the classic mistake of an (N, 1) output against
an (N,) target, which nn.MSELoss broadcasts to an N x N table of differences with no
more than a warning.
"""
# --8<-- [start:table]
import torch
from torch import nn

torch.manual_seed(0)
N, K = 4, 3

out_reg = torch.randn(N, 1)
y_reg = torch.randn(N, 1)
loss = nn.MSELoss()(out_reg, y_reg)
print(f"regression:  output {tuple(out_reg.shape)}, target {tuple(y_reg.shape)} "
      f"{y_reg.dtype}, MSELoss = {loss:.4g}")

out_bin = torch.randn(N, 1)
y_bin = torch.tensor([[1.0], [0.0], [0.0], [1.0]])
loss = nn.BCEWithLogitsLoss()(out_bin, y_bin)
print(f"binary:      output {tuple(out_bin.shape)}, target {tuple(y_bin.shape)} "
      f"{y_bin.dtype}, BCEWithLogitsLoss = {loss:.4g}")

out_multi = torch.randn(N, K)
y_multi = torch.tensor([2, 0, 1, 2])
loss = nn.CrossEntropyLoss()(out_multi, y_multi)
print(f"multi-class: output {tuple(out_multi.shape)}, target {tuple(y_multi.shape)} "
      f"{y_multi.dtype}, CrossEntropyLoss = {loss:.4g}")

out_label = torch.randn(N, K)
y_label = torch.tensor([[1.0, 0.0, 1.0], [0.0, 0.0, 0.0],
                        [1.0, 1.0, 0.0], [0.0, 1.0, 0.0]])
loss = nn.BCEWithLogitsLoss()(out_label, y_label)
print(f"multi-label: output {tuple(out_label.shape)}, target {tuple(y_label.shape)} "
      f"{y_label.dtype}, BCEWithLogitsLoss = {loss:.4g}")
# --8<-- [end:table]

# --8<-- [start:pitfall]
import warnings

y_flat = y_reg.squeeze(1)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    wrong = nn.MSELoss()(out_reg, y_flat)
right = nn.MSELoss()(out_reg.squeeze(1), y_flat)
print(f"pitfall: output (4, 1) vs target (4,): broadcast to "
      f"{tuple((out_reg - y_flat).shape)}, MSELoss = {wrong:.4g}")
print(f"pitfall: warning raised: {caught[0].category.__name__}")
print(f"fixed:   output.squeeze(1) vs target (4,): MSELoss = {right:.4g}")
print(f"broadcast MSELoss: {wrong:.4g}")
print(f"correct MSELoss: {right:.4g}")
all_pairs = torch.stack([(out_reg[i, 0] - y_flat[j]) ** 2
                         for i in range(N) for j in range(N)])
assert torch.allclose(wrong, all_pairs.mean())
assert not torch.allclose(wrong, right)
print("check: the broadcast loss averages all N*N pairs (output i, target j), "
      "not the N matching ones")
# --8<-- [end:pitfall]
