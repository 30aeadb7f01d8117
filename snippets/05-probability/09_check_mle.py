"""Check: the maximum-likelihood estimates of this chapter, on 50 random data sets.

At the closed-form estimates the gradient of the average NLL must vanish: normal mean
and standard deviation (the sample mean and the root mean squared deviation), Bernoulli
probability (the fraction of ones), categorical logits (the log of class frequencies).
"""
import torch
from torch.distributions import Bernoulli, Categorical, Normal

torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
K, worst = 4, 0.0
for trial in range(50):
    N = torch.randint(5, 50, ()).item()
    x = 3 * torch.randn(N) + 2
    mu, sd = x.mean().requires_grad_(), x.std(correction=0).requires_grad_()
    grads = torch.autograd.grad(-Normal(mu, sd).log_prob(x).mean(), (mu, sd))

    y = torch.cat([torch.tensor([0.0, 1.0]), torch.bernoulli(torch.full((N,), 0.4))])
    p = y.mean().requires_grad_()
    grads += torch.autograd.grad(-Bernoulli(probs=p).log_prob(y).mean(), p)

    c = torch.cat([torch.arange(K), torch.randint(0, K, (N,))])
    z = torch.log(torch.bincount(c, minlength=K) / len(c)).requires_grad_()
    grads += torch.autograd.grad(-Categorical(logits=z).log_prob(c).mean(), z)
    worst = max(worst, max(g.abs().max().item() for g in grads))
assert worst < 1e-12
print("largest |gradient| at the estimates: below 1e-12")
print("check: the NLL gradient vanishes at the sample mean and mean squared deviation,")
print("       at the fraction of ones and at the class frequencies (50 data sets)")
