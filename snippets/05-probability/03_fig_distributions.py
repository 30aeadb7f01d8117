"""Figure: pmf, pdf and the frequencies of 10000 samples drawn from each distribution.

Bernoulli(0.3) and a categorical distribution over four classes have a pmf: bars of
probability. N(1, 2^2) has a pdf: a curve whose area over an interval is a probability.
The sample frequencies (dots, histogram) come close to them.
"""
import matplotlib.pyplot as plt
import torch
from torch.distributions import Bernoulli, Categorical, Normal

torch.manual_seed(0)
N = 10_000
bern = Bernoulli(probs=torch.tensor(0.3))
cat = Categorical(probs=torch.tensor([0.1, 0.2, 0.3, 0.4]))
normal = Normal(loc=1.0, scale=2.0)
freq_b = torch.bincount(bern.sample((N,)).long(), minlength=2) / N
freq_c = torch.bincount(cat.sample((N,)), minlength=4) / N
x_n = normal.sample((N,))
print("Bernoulli frequencies of 0, 1:", freq_b)
print("categorical frequencies of 0..3:", freq_c)
inside = ((x_n > -1.0) & (x_n < 3.0)).float().mean()
print(f"fraction of normal samples in (-1, 3): {inside:.4f}")
assert abs(inside - 0.6787) < 5e-5  # about 68 %, the share within mu +- sigma

fig, axes = plt.subplots(1, 3, figsize=(10, 3.5))
for ax, pmf, freq in [(axes[0], torch.tensor([0.7, 0.3]), freq_b),
                      (axes[1], cat.probs, freq_c)]:
    k = torch.arange(len(pmf))
    ax.bar(k, pmf, width=0.5, color="tab:blue", alpha=0.6, label="$p(x)$")
    ax.plot(k, freq, "o", color="black", label="samples")
    ax.set_xticks(k)
    ax.set_xlabel("$x$")
    ax.legend()
axes[0].set_title("Bernoulli(0.3)")
axes[1].set_title("Categorical(0.1, 0.2, 0.3, 0.4)")
grid = torch.linspace(-7, 9, 400)
axes[2].hist(x_n, bins=60, density=True, color="tab:gray", alpha=0.5, label="samples")
axes[2].plot(grid, normal.log_prob(grid).exp(), color="tab:blue", label="$p(x)$")
axes[2].set_title(r"$\mathcal{N}(1, 2^2)$")
axes[2].set_xlabel("$x$")
axes[2].legend()
fig.tight_layout()
plt.show()
