"""A tiny transformer-like model: four identical blocks, each calling helpers."""
import torch


def layer_norm(x, eps=1e-5):
    mean = x.mean(dim=-1, keepdim=True)
    var = ((x - mean) ** 2).mean(dim=-1, keepdim=True)
    return (x - mean) / torch.sqrt(var + eps)


def attention(x, w):
    q = x @ w
    k = x @ w.T
    scores = torch.softmax(q @ k.T / 8.0, dim=-1)
    return scores @ x


def mlp(x, w):
    h = torch.tanh(x @ w)
    return h @ w.T


def block(x, w):
    x = x + attention(layer_norm(x), w)
    return x + mlp(layer_norm(x), w)


def model(x, w):
    for _ in range(4):
        x = block(x, w)
    # log of a normalised value: NaN wherever it is negative
    return torch.log(layer_norm(x))
