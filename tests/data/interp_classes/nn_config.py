# A model built from a dataclass config, an enum of activations and generator pipelines, the way
# research code is written.
from dataclasses import dataclass, field
from enum import Enum
from typing import List, Optional, Iterator, Tuple
import torch
import torch.nn as nn


class Act(Enum):
    RELU = "relu"
    TANH = "tanh"
    GELU = "gelu"

    def make(self) -> nn.Module:
        return {Act.RELU: nn.ReLU, Act.TANH: nn.Tanh, Act.GELU: nn.GELU}[self]()


@dataclass
class Config:
    d_in: int
    hidden: List[int] = field(default_factory=lambda: [8, 8])
    d_out: int = 2
    act: Act = Act.RELU
    norm: bool = True
    dropout: Optional[float] = 0.1

    @property
    def widths(self) -> List[int]:
        return [self.d_in] + self.hidden + [self.d_out]


def pairs(xs: List[int]) -> Iterator[Tuple[int, int]]:
    for a, b in zip(xs, xs[1:]):
        yield a, b


class Block(nn.Module):
    def __init__(self, d_in, d_out, cfg: Config):
        super().__init__()
        self.lin = nn.Linear(d_in, d_out)
        self.norm = nn.LayerNorm(d_out) if cfg.norm else nn.Identity()
        self.act = cfg.act.make()
        self.drop = nn.Dropout(cfg.dropout) if cfg.dropout else nn.Identity()

    def forward(self, x):
        return self.drop(self.act(self.norm(self.lin(x))))


class Residual(Block):
    def forward(self, x):
        y = super().forward(x)
        return y + x if y.shape == x.shape else y


class Net(nn.Module):
    def __init__(self, cfg: Config):
        super().__init__()
        self.cfg = cfg
        layers = [Residual(a, b, cfg) for a, b in pairs(cfg.widths[:-1])]
        self.blocks = nn.ModuleList(layers)
        self.head = nn.Linear(cfg.widths[-2], cfg.d_out)

    @property
    def num_parameters(self):
        return sum(p.numel() for p in self.parameters())

    def features(self, x):
        for i, block in enumerate(self.blocks):
            x = block(x)
            yield i, x

    def forward(self, x):
        *_, (_, last) = self.features(x)
        return self.head(last)


for act in Act:
    torch.manual_seed(7)
    cfg = Config(d_in=4, act=act)
    net = Net(cfg).eval()
    print(cfg, act.name, act.value, net.num_parameters, len(net.blocks))
    x = torch.randn(3, 4)
    with torch.no_grad():
        y = net(x)
        trace = [(i, tuple(h.shape), round(h.abs().sum().item(), 4)) for i, h in net.features(x)]
    print(y.shape, y.tolist())
    print(trace)
print(Config(2, [3]) == Config(2, [3]), Config(2).widths, list(pairs([1, 2, 3])))
print(net)
