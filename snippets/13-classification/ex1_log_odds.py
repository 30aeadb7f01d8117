"""Exercise 1: the logit is the log-odds.

z = log(p / (1 - p)) undoes the sigmoid. Adding log 2 to a logit doubles the odds
p / (1 - p): from p = 1/2 (odds 1) to 2/3 (odds 2) to 4/5 (odds 4).
"""
import math

import torch

p = torch.tensor([0.1, 0.5, 0.9], dtype=torch.float64)
z = torch.logit(p)
print("p:                ", [round(v, 4) for v in p.tolist()])
print("z = logit(p):     ", [round(v, 4) for v in z.tolist()])
print(f"log 9 by hand:     {math.log(9):.4f}")
assert torch.allclose(z, torch.log(p / (1 - p)))
assert torch.allclose(z, torch.tensor([-math.log(9), 0.0, math.log(9)],
                                      dtype=torch.float64))
assert torch.allclose(torch.sigmoid(z), p)
print("check: logit(p) == log(p / (1-p)), logit(0.9) == log 9, sigmoid(logit(p)) == p")

z = torch.tensor([0.0, math.log(2), 2 * math.log(2)], dtype=torch.float64)
p = torch.sigmoid(z)
print("z = 0, log 2, 2 log 2 ->  p:", [round(v, 4) for v in p.tolist()],
      " odds:", [round(v, 4) for v in (p / (1 - p)).tolist()])
assert torch.allclose(p, torch.tensor([1 / 2, 2 / 3, 4 / 5], dtype=torch.float64))
print("check: each + log 2 on the logit doubles the odds")
