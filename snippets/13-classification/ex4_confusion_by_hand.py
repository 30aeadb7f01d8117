"""Exercise 4: a confusion matrix, accuracy, precision and recall by hand.

Ten examples of three classes. The hand-built matrix is compared with the bincount
formula, and the per-class scores with the hand values 1/2, 2/3 and 2/3.
"""
import torch

K = 3
y = torch.tensor([0, 0, 0, 0, 1, 1, 1, 2, 2, 2])
y_hat = torch.tensor([0, 0, 1, 1, 1, 1, 2, 2, 2, 0])
C = torch.bincount(K * y + y_hat, minlength=K * K).reshape(K, K)
print("C (rows: true, columns: predicted):")
print(C)
recall = C.diag() / C.sum(dim=1)
precision = C.diag() / C.sum(dim=0)
accuracy = C.trace() / C.sum()
print(f"accuracy: {accuracy:.4f}")
print("recall:   ", [round(v, 4) for v in recall.tolist()])
print("precision:", [round(v, 4) for v in precision.tolist()])

by_hand = torch.tensor([[2, 2, 0], [0, 2, 1], [1, 0, 2]])
assert torch.equal(C, by_hand)
assert accuracy == 6 / 10
assert torch.allclose(recall, torch.tensor([1 / 2, 2 / 3, 2 / 3]))
assert torch.allclose(precision, torch.tensor([2 / 3, 1 / 2, 2 / 3]))
print("check: matrix, accuracy, recall and precision match the hand computation")
