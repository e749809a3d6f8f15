from dataclasses import dataclass, field, asdict, replace, fields
from enum import Enum, IntEnum, auto
from typing import Optional, List, Tuple, Union, ClassVar, Dict

@dataclass
class Config:
    width: int
    depth: int = 2
    names: List[str] = field(default_factory=list)
    dropout: Optional[float] = None
    scale: ClassVar[float] = 2.0
    def area(self) -> int:
        return self.width * self.depth

@dataclass(frozen=True, order=True)
class Point:
    x: float
    y: float = 0.0

@dataclass
class Big(Config):
    extra: Tuple[int, int] = (1, 2)

c = Config(3, names=["a"])
print(c, c.area(), c == Config(3, 2, ["a"]), c == Config(4), Config.scale)
print(asdict(c), replace(c, depth=5), [f.name for f in fields(Big)])
print(Big(1), Point(1, 2) < Point(1, 3), sorted([Point(2), Point(1, 5)]))
try:
    Point(1).x = 3
except AttributeError as e:
    print("frozen")
try:
    Config()
except TypeError as e:
    print("TypeError", e)

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def describe(self):
        return f"{self.name}={self.value}"

class Mode(IntEnum):
    TRAIN = auto()
    EVAL = auto()

print(Color.RED, repr(Color.GREEN), Color(2), Color["BLUE"], Color.RED.name, Color.RED.value, list(Color), len(Color))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED is Color(1), Color.BLUE.describe(), isinstance(Color.RED, Color))
print(Mode.EVAL, repr(Mode.TRAIN), Mode.EVAL == 2, Mode.EVAL + 1, Mode.TRAIN < Mode.EVAL, [m.name for m in Mode], {Color.RED: "r"}[Color.RED])

def f(x: Optional[int] = None, y: Union[int, float] = 1) -> Dict[str, List[int]]:
    return {"a": [x or 0, y]}
print(f(), f(2))
