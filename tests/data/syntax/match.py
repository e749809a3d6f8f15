match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case ["go", direction] | ["move", direction]:
        pass
    case ["drop", *objects]:
        pass
    case [first, *_]:
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, y=2) as p:
        pass
    case geometry.Circle(center, radius=r) if r > 0:
        pass
    case {"x": x, "y": y, **rest}:
        pass
    case {1: _, -2: _, 3.5: _, "s": _, None: _, True: _, mod.CONST: _}:
        pass
    case {}:
        pass
    case 0 | 1 | -1 | 1.5 | -2j | 1 + 2j | 3 - 4j | -1 - 1j:
        pass
    case "a" "b" | b"bytes" | None | True | False:
        pass
    case (a, b):
        pass
    case (a,):
        pass
    case ():
        pass
    case []:
        pass
    case (a):
        pass
    case a, *b, c:
        pass
    case x if x:
        pass
    case Color.RED | Color.GREEN:
        pass
    case str() | bytes():
        pass
    case [Point(x=0) as origin, *others] as whole:
        pass
    case _:
        pass

match x, y:
    case 1, 2:
        pass

match (x):
    case {**rest}:
        pass

match = 1
match.attr = 2
match(x)
case = 3
print(match, case)
