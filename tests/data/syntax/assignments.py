x = 1
x = y = z = 2
a, b = b, a
(a, b), [c, *d] = t
first, *rest = items
*init, last = items
x.attr = value
x[0] = x[1:2] = x[::2] = 0
obj.a.b[c].d = 1
x += 1; x -= 1; x *= 2; x @= m; x /= 2; x %= 3; x &= 1; x |= 2; x ^= 3
x <<= 1; x >>= 2; x **= 2; x //= 3
obj.count += 1
arr[i] -= 1
n: int
n: int = 5
(p): float = 1.0
obj.attr: str = "s"
arr[0]: list[int]
del x
del x, y, z[0], w.attr
del (a, b), [c]
del x,
if (n := len(items)) > 10:
    pass
values = [y := f(x), y ** 2]
print((total := 0) + total)
x = yield_ = 1
t = 1,
t = 1, 2,
