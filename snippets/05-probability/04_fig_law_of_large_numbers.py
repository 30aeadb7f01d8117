"""Figure: the law of large numbers, the running mean of die rolls approaching 3.5.

Three runs of 10000 rolls of a fair die, each from its own seeded generator. The band
shows E[X] +- 2 sigma / sqrt(N): the spread of the sample mean shrinks like 1/sqrt(N).
"""
import math

import matplotlib.pyplot as plt
import torch

torch.manual_seed(0)
N = 10_000
mean, var = 3.5, 35 / 12
n = torch.arange(1, N + 1, dtype=torch.float64)
shown = torch.logspace(0, 4, 300).round().long().unique() - 1
fig, ax = plt.subplots(figsize=(6, 4))
for run in range(3):
    g = torch.Generator().manual_seed(run)
    rolls = torch.randint(1, 7, (N,), generator=g, dtype=torch.float64)
    running = rolls.cumsum(0) / n
    ax.plot(n[shown], running[shown], lw=1, label=f"run {run + 1}")
    errors = [abs(running[m - 1].item() - mean) for m in (10, 100, 1000, 10_000)]
    print(f"run {run + 1} |mean - 3.5| at N = 10, 100, 1000, 10000:",
          " ".join(f"{e:.3f}" for e in errors))
    print(f"run {run + 1} mean of all 10000 rolls: {running[-1].item():.4f}")
band = 2 * math.sqrt(var) / n[shown].sqrt()
ax.fill_between(n[shown], mean - band, mean + band, color="tab:gray", alpha=0.25,
                label=r"$\mathbb{E}[X] \pm 2\sigma/\sqrt{N}$")
ax.axhline(mean, color="black", lw=1, ls="--", label=r"$\mathbb{E}[X] = 3.5$")
ax.set_xscale("log")
ax.set_ylim(1, 6)
ax.set_xlabel("$N$")
ax.set_ylabel(r"$\bar{x}_N$")
ax.legend(loc="upper right")
fig.tight_layout()
plt.show()
