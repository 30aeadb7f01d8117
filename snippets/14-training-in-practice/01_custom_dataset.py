"""A Dataset is anything with __len__ and __getitem__; DataLoader stacks its pairs.

NoisySine draws n points y = sin(x) + noise once and hands out one pair per index."""
import torch
from torch.utils.data import DataLoader, Dataset, TensorDataset


class NoisySine(Dataset):
    def __init__(self, n, noise_std=0.3, seed=0):
        generator = torch.Generator().manual_seed(seed)
        self.x = torch.rand(n, 1, generator=generator) * 6 - 3
        self.y = torch.sin(self.x) + noise_std * torch.randn(n, 1, generator=generator)

    def __len__(self):
        return len(self.x)

    def __getitem__(self, i):
        return self.x[i], self.y[i]


dataset = NoisySine(n=10)
print("len(dataset):", len(dataset))
x3, y3 = dataset[3]
print(f"dataset[3]: x = {x3.item():.4f}, y = {y3.item():.4f}, "
      f"x.shape = {tuple(x3.shape)}")

tensors = TensorDataset(dataset.x, dataset.y)
for i in range(len(dataset)):
    xa, ya = dataset[i]
    xb, yb = tensors[i]
    assert torch.equal(xa, xb) and torch.equal(ya, yb)
print("check: NoisySine and TensorDataset give the same pair at every index")

loader = DataLoader(dataset, batch_size=4)
xb, yb = next(iter(loader))
print("first batch: x", tuple(xb.shape), " y", tuple(yb.shape))
assert torch.equal(xb, torch.stack([dataset[i][0] for i in range(4)]))
assert torch.equal(yb, torch.stack([dataset[i][1] for i in range(4)]))
print("check: the batch is dataset[0], ..., dataset[3] stacked on a new first axis")
print("batch sizes in one pass:", [len(xb) for xb, _ in loader])
