"""A function as written in a hurry: a debugging value left in, the same activations computed twice,
and constants computed at run time. The compile view shows what the passes make of it."""
import math

import torch


def gated_features(x, w):
    scale = 1.0 / math.sqrt(w.shape[0])                       # a Python number: already a constant
    bias = torch.tensor([0.0, 1.0, 2.0, 3.0]) * 0.5 + 1.0     # a constant expression: folded
    h = torch.relu(x @ w + bias) * scale
    peak = h.abs().max()                                      # debugging, never used: dead code
    n = torch.tanh(h) * torch.sigmoid(h)
    gate = torch.sigmoid(h)                                   # the same sigmoid again: merged
    return n + gate * torch.tanh(h)                           # and the same tanh: merged
