def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

def pipeline(xs):
    for x in xs:
        if x % 2 == 0:
            yield x * x

def chained():
    r = yield from count_up(2)
    yield r

g = count_up(3)
print(next(g), next(g), list(g), next(g, "end"))
print(list(pipeline(range(7))), sum(pipeline(range(5))))
for i, (a, b) in enumerate(zip(count_up(3), pipeline(range(10)))):
    print(i, a, b)
print(list(chained()), sorted(count_up(4), reverse=True), dict(zip("abc", count_up(3))))
it = iter([1, 2, 3])
print(next(it), list(it))
