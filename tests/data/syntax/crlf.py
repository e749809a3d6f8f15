x = 1
def f():
    return """a
b"""
y = 2
