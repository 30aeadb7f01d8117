"""Exercise 4: which conversions share memory with the NumPy array?"""
import numpy as np
import torch

a = np.zeros(3)
candidates = {
    "torch.from_numpy(a)": torch.from_numpy(a),
    "torch.as_tensor(a)": torch.as_tensor(a),
    "torch.tensor(a)": torch.tensor(a),
    "torch.from_numpy(a).float()": torch.from_numpy(a).float(),
}
a[0] = 1.0
shares = {name: t[0].item() == 1.0 for name, t in candidates.items()}
for name, shared in shares.items():
    print(f"{name:<28} shares memory: {shared}")
assert shares == {"torch.from_numpy(a)": True, "torch.as_tensor(a)": True,
                  "torch.tensor(a)": False, "torch.from_numpy(a).float()": False}
print("check: only from_numpy and as_tensor (same dtype, CPU) share memory")
