from collections import namedtuple
from typing import NamedTuple, Optional
import torch


class Output(NamedTuple):
    logits: torch.Tensor
    loss: Optional[float] = None
    step: int = 0


Point = namedtuple("Point", "x y", defaults=[0])
p = Point(1)
q = Point(x=3, y=4)
print(p, q, p.x, q[1], len(q), list(q), p == (1, 0), q._asdict(), q._replace(y=9))
a, b = q
print(a + b, Point._fields, 3 in q)
o = Output(torch.ones(2), step=3)
print(o.loss, o.step, o.logits.tolist(), Output._fields, o._replace(loss=0.5).loss)
logits, loss, step = o
print(step, type(o).__name__)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError")
