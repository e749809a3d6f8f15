# A stack of transformer blocks for bench/diff_bench: ~44 ops a block, layer norms and a softmax
# whose translations differ from torch's (tensorflow spells some steps out). Inputs:
# SETUP="import torch; torch.manual_seed(0); x = torch.rand(6, 8); wq, wk, wv, wo = [torch.rand(8, 8) * 0.3 for _ in range(4)]; w1 = torch.rand(8, 16) * 0.3; w2 = torch.rand(16, 8) * 0.3"
import math

import torch
import torch.nn.functional as F


def block(x, wq, wk, wv, wo, w1, w2):
    d = x.shape[-1]
    h = F.layer_norm(x, (d,))
    att = torch.softmax((h @ wq) @ (h @ wk).transpose(-2, -1) / math.sqrt(d), dim=-1)
    x = x + (att @ (h @ wv)) @ wo
    h = F.layer_norm(x, (d,))
    x = x + F.gelu(h @ w1) @ w2
    return x * torch.std(x)


def blocks(x, wq, wk, wv, wo, w1, w2, n=20):
    for _ in range(n):
        x = block(x, wq, wk, wv, wo, w1, w2)
    return x
