class Base:
    kind = "base"
    def __init__(self, x):
        self.x = x
    def describe(self):
        return f"{self.kind}:{self.x}"
    @property
    def double(self):
        return self.x * 2
    @double.setter
    def double(self, v):
        self.x = v // 2
    @staticmethod
    def helper(a, b):
        return a + b
    @classmethod
    def make(cls, v):
        return cls(v)
    def __repr__(self):
        return f"{type(self).__name__}({self.x!r})"
    def __eq__(self, other):
        return isinstance(other, Base) and self.x == other.x
    def __len__(self):
        return self.x
    def __getitem__(self, i):
        if i >= self.x:
            raise IndexError(i)
        return i * 10
    def __call__(self, y):
        return self.x + y
    def __add__(self, other):
        return type(self)(self.x + other.x)
    def __lt__(self, other):
        return self.x < other.x

class Child(Base):
    kind = "child"
    def __init__(self, x, y=1):
        super().__init__(x)
        self.y = y
    def describe(self):
        return "child/" + super().describe()

class A(Base):
    def describe(self):
        return "A>" + super().describe()
class B(Base):
    def describe(self):
        return "B>" + super().describe()
class C(A, B):
    def describe(self):
        return "C>" + super(C, self).describe()

c = Child(3)
print(c.describe(), c.double, Base.helper(1, 2), c.helper(3, 4), Child.make(5), repr(c))
c.double = 10
print(c.x, len(c), list(c), c(4), c + Child(2), Child(1) == Child(1), Child(1) == Child(2), sorted([Child(3), Child(1)]))
print(C(2).describe(), [k.__name__ for k in C.__mro__])
class E(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise E("bad", 7)
except ValueError as e:
    print(repr(e), e.code, str(e))
class Counter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        self.i = 0
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Counter(3)), 2 in Counter(3), isinstance(c, object))
class WithSet:
    def __init__(self):
        self.log = []
    def __setattr__(self, k, v):
        if k != "log":
            self.log.append(k)
        object.__setattr__(self, k, v)
    def __getattr__(self, k):
        return "missing:" + k
w = WithSet()
w.a = 1
print(w.log, w.a, w.zzz)
