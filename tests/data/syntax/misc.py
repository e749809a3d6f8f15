x: "Forward" = None
T = list[dict[str, tuple[int, ...]]]
def f(a: int | None = None) -> tuple[int, *Ts]: ...
@(lambda fn: fn)
def g(): pass
@a.b.c
@d[0]
@e(f)(g)
def h(): pass
if True: pass
while False: break
for _ in (): continue
print(*[1], sep='')
lambda: (yield)
not_ = not (a == b)
s = [1, 2][::-1]
global_var: list = []
