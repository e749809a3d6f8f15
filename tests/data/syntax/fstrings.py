name = "x"
a = f"hello {name}!"
b = f"{name!r} {name!s} {name!a}"
c = f"{value:>10} {value:{width}.{precision}f} {value!r:^{w}}"
d = f"{x=} {y = } {z=!s} {w=:>5}"
e = f"{{literal}} {{{inner}}}"
f2 = F"upper {x}" rf"raw \n {y}" fR'{z}\d'
g = ("plain " f"{first}"
     f" and {second}" " tail")
h = f"""multi
line {value}
  {other +
   more} end"""
i = f"{'nested'} {f'{inner}'} {[1, 2][0]} {d['key']} {(lambda: 1)}"
j = f"{x:}" f"{y!r:}"
k = f""
l = f"{a}{b}{c}"
m = u"u-kind " f"{x}"
n = f"{x:{'>'}{10}}"
o = f"{ spaced }"
p = f"{x:%Y-%m-%d %H}"
q = f"{3.14:.2f}" f'{"str"!r}'
r = f"{x!r:>{width}}" "after"
s = f'{a["b"]}' + f"{a['b']}"
t = f"{x:a{y}b{z}c}"
u = f"{yield_}" f"{(1, 2)}" f"{x, y}"
v = f"tab\there {x}\n"
