"""Data types and devices.

Every tensor has a dtype (how each element is stored) and a device (where it lives).
Operands of one operation must share a device; dtypes are promoted automatically.
"""
import torch

ints = torch.tensor([1, 2, 3])
floats = torch.tensor([1.0, 2.0, 3.0])
print("torch.tensor([1, 2, 3]).dtype:", ints.dtype)
print("torch.tensor([1.0, 2.0, 3.0]).dtype:", floats.dtype)
print("default float dtype:", torch.get_default_dtype())
print("ints + floats ->", (ints + floats).dtype, "(promotion)")
print("ints / 2 ->", ints / 2, (ints / 2).dtype)
print("ints // 2 ->", ints // 2, (ints // 2).dtype)
print("bytes per element: int64", ints.element_size(), " float32",
      floats.element_size(), " float16", floats.half().element_size())

third = torch.tensor(1 / 3)
print("1/3 in float32:", f"{third.item():.17f}")
print("1/3 in float64:",
      f"{torch.tensor(1 / 3, dtype=torch.float64).item():.17f}")
print("machine epsilon float32:", torch.finfo(torch.float32).eps)
print("machine epsilon float64:", torch.finfo(torch.float64).eps)

print("floats.device:", floats.device)
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
print("chosen device:", device)
moved = floats.to(device)
print("moved.device:", moved.device)
print("floats.to(floats.device) is floats:", floats.to(floats.device) is floats)
both = floats.to(device, torch.float64)
print("floats.to(device, torch.float64):", both.dtype, both.device)
