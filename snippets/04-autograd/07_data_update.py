"""The older update `w.data -= lr * w.grad` next to `with torch.no_grad():`.

Both give the same step. But autograd cannot see a change made through `.data`:
backward() silently uses the changed value; the same change under no_grad() is caught.
"""
import torch

x, y, lr = torch.tensor(30.2), torch.tensor(10.5), 0.0001

w_old = torch.tensor(0.2, requires_grad=True)
((w_old * x - y) ** 2).backward()
w_old.data -= lr * w_old.grad

w_new = torch.tensor(0.2, requires_grad=True)
((w_new * x - y) ** 2).backward()
with torch.no_grad():
    w_new -= lr * w_new.grad
print(f"after one step: .data form {w_old.item():.7f}, no_grad form {w_new.item():.7f}")
assert torch.equal(w_old, w_new) and round(w_new.item(), 7) == 0.2269384

w = torch.tensor(0.2, requires_grad=True)
q = w**2                       # pow saves w to compute dq/dw = 2w = 0.4 later
w.data += 0.1                  # changed behind autograd's back
q.backward()
print(f"dq/dw after a .data change: {w.grad.item():.1f}  (2 * 0.2 = 0.4 is correct)")
assert abs(w.grad.item() - 0.6) < 1e-6

w = torch.tensor(0.2, requires_grad=True)
q = w**2
with torch.no_grad():
    w += 0.1                   # the same change, recorded in w's version counter
try:
    q.backward()
except RuntimeError as error:
    print("the same change under no_grad() makes backward() raise RuntimeError:")
    print("  ", str(error).split(":")[0] + ".")
else:
    raise AssertionError("backward() should have refused the changed w")
print("check: .data gave the same step, then a silently wrong gradient;"
      " no_grad() raised")
