"""One hidden representation, four output layers: the output activation follows the task.

The same features h feed a head for regression (no activation), binary classification
(sigmoid), multi-class classification (softmax) and multi-label classification (one
sigmoid per label). PyTorch's losses take the raw scores (logits) and apply the
activation inside, so the model itself ends with the Linear layer.
"""
# --8<-- [start:heads]
import torch
from torch import nn

torch.manual_seed(0)
h = torch.relu(torch.randn(4, 16))
heads = {
    "regression": (nn.Linear(16, 1), nn.Identity(), nn.MSELoss()),
    "binary": (nn.Linear(16, 1), nn.Sigmoid(), nn.BCEWithLogitsLoss()),
    "multi-class": (nn.Linear(16, 3), nn.Softmax(dim=1), nn.CrossEntropyLoss()),
    "multi-label": (nn.Linear(16, 3), nn.Sigmoid(), nn.BCEWithLogitsLoss()),
}
targets = {
    "regression": torch.tensor([[2.5], [-1.0], [0.3], [7.0]]),
    "binary": torch.tensor([[1.0], [0.0], [0.0], [1.0]]),
    "multi-class": torch.tensor([0, 2, 1, 2]),
    "multi-label": torch.tensor([[1.0, 1.0, 0.0], [0.0, 0.0, 1.0],
                                 [1.0, 0.0, 1.0], [0.0, 0.0, 0.0]]),
}

outputs = {}
for task, (linear, activation, loss_fn) in heads.items():
    with torch.no_grad():
        logits = linear(h)
        out = activation(logits)
        loss = loss_fn(logits, targets[task])
    outputs[task] = (logits, out)
    first = ", ".join(f"{v:.4f}" for v in out[0].tolist())
    print(f"{task:<12} out[0] = [{first}]  sum = {out[0].sum():.4f}  "
          f"{type(loss_fn).__name__} = {loss:.4f}")

assert ((outputs["binary"][1] > 0) & (outputs["binary"][1] < 1)).all()
assert torch.allclose(outputs["multi-class"][1].sum(dim=1), torch.ones(4))
assert not torch.allclose(outputs["multi-label"][1].sum(dim=1), torch.ones(4))
print("check: sigmoid outputs lie in (0, 1); softmax rows sum to 1; multi-label rows")
print("       need not")
# --8<-- [end:heads]

# --8<-- [start:twice]
logits = outputs["multi-class"][0]
ce = nn.CrossEntropyLoss()(logits, targets["multi-class"])
by_hand = -torch.log_softmax(logits, dim=1)[torch.arange(4), targets["multi-class"]]
assert torch.allclose(ce, by_hand.mean())
twice = nn.CrossEntropyLoss()(torch.softmax(logits, dim=1), targets["multi-class"])
print(f"CrossEntropyLoss(logits):          {ce:.4f}  (== -mean log softmax[target])")
print(f"CrossEntropyLoss(softmax(logits)): {twice:.4f}  <- softmax applied twice")
# --8<-- [end:twice]
