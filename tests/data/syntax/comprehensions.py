a = [x for x in range(10)]
b = {x for x in data if x if x > 1}
c = {k: v for k, v in pairs}
d = (x * y for x in xs for y in ys if x != y)
e = [[y for y in row] for row in matrix]
f = sum(x for x in data)
g = sorted((x for x in data), key=len)
h = [x async for x in aiter() if await x]
i = {(a, b): [c for c in b] for a, b in items.items()}
j = [a for a in b] if False else [y for (y, z) in w]
k = [x for x, in pairs]
l = [(yield_) for _ in range(3)]
m = [v for v in (1, 2, 3) if v if not v]
n = list(x for x in y)
