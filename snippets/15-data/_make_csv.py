"""Writes this chapter's small table, apartments.csv, into a folder.

Forty made-up apartments: floor area (square metres), age (years), district (a category)
and price (the target). A seeded generator makes the numbers; one area is left blank.
"""
import csv
from pathlib import Path

import numpy as np


def write_csv(folder, n=40, seed=0):
    rng = np.random.default_rng(seed)
    area = rng.uniform(30, 120, n).round(1)
    age = rng.integers(0, 40, n)
    district = rng.choice(["north", "centre", "south"], n)
    bonus = {"north": 0.0, "centre": 60.0, "south": 20.0}
    price = 3.0 * area - 1.5 * age + np.array([bonus[d] for d in district])
    price = (price + rng.normal(0, 15, n)).round(1)
    path = Path(folder) / "apartments.csv"
    with open(path, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["area", "age", "district", "price"])
        for i in range(n):
            missing = i == 7
            writer.writerow(["" if missing else area[i], age[i], district[i], price[i]])
    return path
