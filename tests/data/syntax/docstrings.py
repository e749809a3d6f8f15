"""Module docstring
spanning lines."""


def f():
    '''Function docstring.'''


class C:
    r"""Raw docstring \n."""

    def m(self):
        "single-quoted docstring"
        return b'bytes are not docstrings'
