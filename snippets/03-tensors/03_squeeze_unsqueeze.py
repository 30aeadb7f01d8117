"""Adding and removing axes of length 1: unsqueeze, None, squeeze and flatten."""
import torch

v = torch.tensor([1.0, 2.0, 3.0])
print("v.shape:", tuple(v.shape))
print("v.unsqueeze(0).shape:", tuple(v.unsqueeze(0).shape), "(a row, 1 x 3)")
print("v.unsqueeze(1).shape:", tuple(v.unsqueeze(1).shape), "(a column, 3 x 1)")
print("v[None, :, None].shape:", tuple(v[None, :, None].shape))
B = torch.zeros(1, 3, 1, 2)
print("B.shape:", tuple(B.shape))
print("B.squeeze().shape:", tuple(B.squeeze().shape))
print("B.squeeze(0).shape:", tuple(B.squeeze(0).shape))
print("B.squeeze(1).shape:", tuple(B.squeeze(1).shape), "(axis 1 has length 3: kept)")
print("B.flatten().shape:", tuple(B.flatten().shape))
