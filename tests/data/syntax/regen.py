#!/usr/bin/python3
"""Regenerates the .expected files of this directory from CPython 3.11 (run with /usr/bin/python3).

For NAME.py: NAME.py.expected holds two lines, ast.dump(tree, include_attributes=True) and
ast.dump(tree). For err_NAME.py (a file CPython rejects): one line "LINE:OFFSET: Type: message"."""
import ast, glob, os, sys

assert sys.version_info[:2] == (3, 11), "use /usr/bin/python3 (CPython 3.11)"
here = os.path.dirname(os.path.abspath(__file__))
for path in sorted(glob.glob(os.path.join(here, "*.py"))):
    name = os.path.basename(path)
    if name == "regen.py":
        continue
    src = open(path, "rb").read()
    if name.startswith("err_"):
        try:
            ast.parse(src)
            raise SystemExit("%s: CPython accepts it" % name)
        except SyntaxError as e:
            out = "%d:%d: %s: %s\n" % (e.lineno, e.offset, type(e).__name__, e.msg)
    else:
        tree = ast.parse(src)
        out = ast.dump(tree, include_attributes=True) + "\n" + ast.dump(tree) + "\n"
    with open(path + ".expected", "w", encoding="utf-8") as f:
        f.write(out)
