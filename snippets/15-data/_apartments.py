"""Impute, standardise, one-hot encode apartments.csv rows; statistics from `stats` or own rows."""
import csv

import torch
from torch.utils.data import Dataset


def read_rows(path):
    with open(path, newline="") as f:
        return list(csv.DictReader(f))


def fit_stats(rows):
    area = torch.tensor([float(r["area"]) for r in rows if r["area"]], dtype=torch.float64)
    age = torch.tensor([float(r["age"]) for r in rows], dtype=torch.float64)
    return {"districts": sorted({r["district"] for r in rows}),
            "mean": torch.stack([area.mean(), age.mean()]),
            "std": torch.stack([area.std(correction=0), age.std(correction=0)])}


def encode(row, stats):
    area = float(row["area"]) if row["area"] != "" else stats["mean"][0].item()
    numbers = torch.tensor([area, float(row["age"])], dtype=torch.float64)
    one_hot = torch.zeros(len(stats["districts"]), dtype=torch.float64)
    one_hot[stats["districts"].index(row["district"])] = 1.0
    return torch.cat([(numbers - stats["mean"]) / stats["std"], one_hot])


class Apartments(Dataset):
    def __init__(self, path, indices, stats=None):
        rows = read_rows(path)
        self.rows = [rows[i] for i in indices]
        self.stats = fit_stats(self.rows) if stats is None else stats

    def __len__(self):
        return len(self.rows)

    def __getitem__(self, i):
        price = torch.tensor([float(self.rows[i]["price"])], dtype=torch.float64)
        return encode(self.rows[i], self.stats), price
