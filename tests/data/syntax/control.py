if a:
    pass
elif b:
    x = 1
elif c: y = 2
else:
    z = 3

for i in range(10):
    if i % 2:
        continue
    if i > 8:
        break
else:
    done = True

for k, v in d.items(): print(k, v)

while running:
    step()
else:
    finish()

try:
    risky()
except ValueError:
    pass
except (TypeError, KeyError) as err:
    handle(err)
except:
    raise
else:
    ok()
finally:
    cleanup()

try:
    pass
finally:
    pass

try:
    group()
except* ValueError as eg:
    pass
except* (TypeError, OSError):
    pass

with open(path) as f:
    data = f.read()
with a, b as (c, d), e as f.attr:
    pass
with (open(a) as x, open(b) as y,):
    pass
with (yield_value):
    pass
with (a, b):
    pass
with (a, b) as c:
    pass

raise
raise ValueError("bad")
raise RuntimeError from err
raise RuntimeError() from None
assert x
assert x > 0, "message"
pass; x = 1; y = 2;
