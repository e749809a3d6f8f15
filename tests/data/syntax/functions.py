import functools


@functools.lru_cache(maxsize=None)
@staticmethod
def plain(a, b=1, *args, c, d=2, **kwargs) -> int:
    """Docstring."""
    global counter
    return a + b


def posonly(x, y, /, z=3, *, w: "str" = "w") -> None:
    def inner():
        nonlocal x
        x = 1
        return
    return inner


def annotated(a: int, *args: *tuple[int, ...], **kw: dict) -> list[int]:
    pass


async def fetch(session, *, retries=3):
    async with session.get("u") as r, session.lock():
        await r.read()
    async for item in session:
        yield item
    result = [x async for x in session if await x]
    return await session.close()


def generator():
    x = yield
    y = yield x + 1
    yield from range(3)
    z = yield from y
    await_ = lambda: (yield)


f = lambda: 0
g = lambda x, /, y=1, *a, k, **kw: x + y
h = lambda *, k=1: k
i = lambda *args, **kwargs: (args, kwargs)
