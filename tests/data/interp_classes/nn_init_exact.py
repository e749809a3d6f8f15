# Parameter initialisation under torch.manual_seed: printed with every digit (repr of the float32
# values as Python floats), compared as text, so the draws must be torch's bit for bit.
import math
import torch
import torch.nn as nn

torch.manual_seed(0)
layers = [nn.Linear(3, 4), nn.Linear(16, 5), nn.Conv2d(2, 3, 3), nn.Conv2d(4, 4, (1, 3), groups=2, bias=False),
          nn.Linear(1, 1), nn.Conv2d(3, 8, 5)]
for layer in layers:
    for name, p in layer.named_parameters():
        print(type(layer).__name__, name, p.flatten().tolist())
for shape in [(4, 3), (5, 7), (33, 2)]:
    w = torch.empty(shape)
    nn.init.xavier_uniform_(w)
    print("xavier_uniform", w.flatten().tolist())
    nn.init.uniform_(w, -0.25, 0.75)
    print("uniform", w.flatten().tolist())
    nn.init.kaiming_uniform_(w, nonlinearity="relu")
    print("kaiming_uniform relu", w.flatten().tolist())
for shape in [(3,), (4, 4), (5, 7), (2, 3)]:
    w = torch.empty(shape)
    nn.init.normal_(w, 0.5, 2.0)
    print("normal", w.flatten().tolist())
print(torch.rand(3).tolist())
emb = nn.Embedding(10, 3, padding_idx=0)
print("embedding", emb.weight.flatten().tolist())
print("embedding lookup", emb(torch.tensor([[1, 0, 9], [4, 4, 2]])).flatten().tolist())
