"""Four kinds of layers and the shapes they take and return.

A dense layer sees a flat vector, a convolution a grid, an embedding turns integer ids
into vectors, and a recurrent layer reads a sequence one step at a time.
"""
import torch
from torch import nn

torch.manual_seed(0)
batch, steps = 4, 7
dense = nn.Linear(10, 3)
conv = nn.Conv2d(1, 8, kernel_size=3, padding=1)
embedding = nn.Embedding(num_embeddings=100, embedding_dim=16)
rnn = nn.RNN(input_size=16, hidden_size=32, batch_first=True)

x = torch.randn(batch, 10)
images = torch.randn(batch, 1, 28, 28)
tokens = torch.randint(0, 100, (batch, steps))  # 4 sequences of 7 word ids
vectors = embedding(tokens)
outputs, h_last = rnn(vectors)

assert dense(x).shape == (batch, 3)
assert conv(images).shape == (batch, 8, 28, 28)
assert vectors.shape == (batch, steps, 16)
assert torch.equal(vectors[0, 0], embedding.weight[tokens[0, 0]])  # a row of the table
assert outputs.shape == (batch, steps, 32) and h_last.shape == (1, batch, 32)

h = torch.zeros(batch, 32)  # h_t = tanh(W_ih x_t + b_ih + W_hh h_(t-1) + b_hh)
for t in range(steps):
    h = torch.tanh(vectors[:, t] @ rnn.weight_ih_l0.T + rnn.bias_ih_l0
                   + h @ rnn.weight_hh_l0.T + rnn.bias_hh_l0)
assert torch.allclose(h, h_last[0], atol=1e-5)

shapes = [("Linear", x, dense(x)), ("Conv2d", images, conv(images)),
          ("Embedding", tokens, vectors), ("RNN", vectors, outputs)]
for (name, inp, out), layer in zip(shapes, (dense, conv, embedding, rnn)):
    n_params = sum(p.numel() for p in layer.parameters())
    print(f"{name:<10} {str(tuple(inp.shape)):<16} -> {str(tuple(out.shape)):<16}"
          f" parameters: {n_params}")
print("check: shapes as asserted; the RNN repeats one tanh step with the same weights")
