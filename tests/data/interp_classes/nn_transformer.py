import math
from typing import Optional, Tuple
import torch
import torch.nn as nn
import torch.nn.functional as F


class Attention(nn.Module):
    def __init__(self, dim: int, heads: int = 2, qkv_bias: bool = False):
        super().__init__()
        assert dim % heads == 0, "dim must divide"
        self.heads = heads
        self.head_dim = dim // heads
        self.scale = self.head_dim ** -0.5
        self.qkv = nn.Linear(dim, dim * 3, bias=qkv_bias)
        self.proj = nn.Linear(dim, dim)

    def forward(self, x: torch.Tensor, mask: Optional[torch.Tensor] = None) -> torch.Tensor:
        B, N, C = x.shape
        qkv = self.qkv(x).reshape(B, N, 3, self.heads, self.head_dim).permute(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]
        attn = (q @ k.transpose(-2, -1)) * self.scale
        if mask is not None:
            attn = attn.masked_fill(mask == 0, float("-inf"))
        attn = attn.softmax(dim=-1)
        x = (attn @ v).transpose(1, 2).reshape(B, N, C)
        return self.proj(x)


class MLPBlock(nn.Sequential):
    def __init__(self, dim, hidden):
        super().__init__(nn.Linear(dim, hidden), nn.GELU(), nn.Linear(hidden, dim))


class Transformer(nn.Module):
    def __init__(self, dim=8, depth=2):
        super().__init__()
        self.layers = nn.ModuleList([nn.ModuleDict({"attn": Attention(dim), "norm1": nn.LayerNorm(dim),
                                                    "mlp": MLPBlock(dim, 16), "norm2": nn.LayerNorm(dim)})
                                     for _ in range(depth)])
        self.cls = nn.Parameter(torch.zeros(1, 1, dim))
        self.pos = nn.Parameter(torch.randn(1, 5, dim) * 0.02)

    @staticmethod
    def pool(x):
        return x[:, 0]

    def forward(self, x):
        x = torch.cat([self.cls.expand(x.shape[0], -1, -1), x], dim=1) + self.pos
        for layer in self.layers:
            x = x + layer["attn"](layer["norm1"](x))
            x = x + layer["mlp"](layer["norm2"](x))
        return self.pool(x)


def init_weights(m):
    if isinstance(m, nn.Linear):
        nn.init.xavier_uniform_(m.weight)
        if m.bias is not None:
            nn.init.zeros_(m.bias)


torch.manual_seed(0)
model = Transformer()
model.apply(init_weights)
model.eval()
x = torch.randn(2, 4, 8)
with torch.no_grad():
    y = model(x)
print(y.shape, y.tolist())
print(sum(p.numel() for p in model.parameters()), [n for n, m in model.named_children()])
print(sorted({type(m).__name__ for m in model.modules()}))

# causal mask through masked_fill; q/k/v split with chunk and split
attn = model.layers[0]["attn"]
causal = (torch.arange(5)[None, :] <= torch.arange(5)[:, None]).long()
with torch.no_grad():
    z = attn(torch.randn(1, 5, 8), mask=causal)
print(z.shape, [round(v, 5) for v in z.flatten().tolist()])
qkv = torch.arange(24.).reshape(2, 12)
print([t.tolist() for t in qkv.chunk(3, dim=-1)], [t.shape for t in torch.split(qkv, [2, 10], dim=1)], len(qkv.split(5, 1)))
print(qkv.masked_fill(qkv > 20, 0.0).sum().item())
print(torch.tril(qkv[:, :4]).tolist(), qkv[:, :3].triu(1).tolist())
