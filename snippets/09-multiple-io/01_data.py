"""The crop-yield table as tensors: five regions, three inputs, two outputs.

Each row of X is one region (temperature in F, rainfall in mm, humidity in %);
the same row of Y holds that region's yields of apples and oranges in tons.
"""
import torch

X = torch.tensor([[73.0, 67.0, 43.0],
                  [91.0, 88.0, 64.0],
                  [87.0, 134.0, 58.0],
                  [102.0, 43.0, 37.0],
                  [69.0, 96.0, 70.0]])
Y = torch.tensor([[56.0, 70.0],
                  [81.0, 101.0],
                  [119.0, 133.0],
                  [22.0, 37.0],
                  [103.0, 119.0]])

print("X shape (regions, inputs): ", tuple(X.shape))
print("Y shape (regions, outputs):", tuple(Y.shape))
print("X[2] (temp, rain, humid):", X[2].tolist())
print("Y[2] (apples, oranges):   ", Y[2].tolist())
