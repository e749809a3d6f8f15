f()
f(a)
f(a, b=1)
f(*args)
f(**kwargs)
f(a, *args, b=1, **kwargs)
f(*a, *b, c=1, *d, **e, f=2, **g)
f(x for x in y)
f(a)(b)(c)
obj.method(arg).attr[0]
x[0]
x[1:2]
x[:]
x[::]
x[1:]
x[:2]
x[::3]
x[1:2:3]
x[a, b]
x[a:b, c]
x[1:2, ::3, ...]
x[...]
x[()]
x[(a, b)]
x[a,]
x[*idx]
x[a, *b]
x[i := 1]
x[lambda: 1]
obj.a.b.c.d
f(
    a,
    b,
)
f(a=1,)
print("a", end="")
