class Empty:
    pass


class Derived(Base, metaclass=Meta, **options):
    """Doc."""
    attr: int = 0
    other = attr + 1

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, v):
        self._value = v

    class Nested(object):
        pass


@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0


class Generic(Base[T], Protocol): ...
class WithCall(make_base()): pass
