#!/usr/bin/python3
"""CPython's side of tests/test_syntax_corpus.cpp: for every path listed in the file argv[1] (one per line,
'#' comments), one JSON line: {"path", "dump"} with ast.dump(ast.parse(bytes), include_attributes=True),
or {"path", "error": [lineno, offset, type, message]} for a file CPython rejects, or {"path", "exc": type}
(ValueError for NUL bytes, MemoryError, RecursionError), or {"path", "missing": true}. One interpreter
for the whole sample keeps the test fast. Run with /usr/bin/python3 (Debian's 3.11, with numpy/torch)."""
import ast, json, os, sys

assert sys.version_info[:2] == (3, 11), "the oracle is CPython 3.11: use /usr/bin/python3"
out = sys.stdout
for line in open(sys.argv[1], encoding="utf-8"):
    path = line.strip()
    if not path or path.startswith("#"):
        continue
    rec = {"path": path}
    if not os.path.isfile(path):
        rec["missing"] = True
    else:
        try:
            rec["dump"] = ast.dump(ast.parse(open(path, "rb").read()), include_attributes=True)
        except SyntaxError as e:
            rec["error"] = [e.lineno, e.offset, type(e).__name__, e.msg]
        except Exception as e:
            rec["exc"] = type(e).__name__
    out.write(json.dumps(rec) + "\n")
