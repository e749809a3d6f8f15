# "Lazy vs Eager", step 2: the same function written in torch, transpiled to tensorflow.
import torch


def normalize(x):
    mean = torch.mean(x)
    std = torch.std(x)
    return torch.div(torch.sub(x, mean), std)
