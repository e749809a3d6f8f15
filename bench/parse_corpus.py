#!/usr/bin/python3
"""Compares Polytrace's Python front end with CPython's ast module on a corpus.

    bench/parse_corpus.py [--build DIR] [--limit N] [--show N] [PATH...]
    bench/parse_corpus.py --write-sample FILE      (re)writes the fixed CI sample, see write_sample()

PATHs are .py files or directories (default: /usr/lib/python3.11). For every file CPython's
ast.dump(ast.parse(bytes), include_attributes=True) is compared with Polytrace's dump; files CPython
rejects must be rejected at the same line. Prints the match rate, mismatches by cause, and the parse
throughput of both (CPython: ast.parse only; Polytrace: parse only, measured in-process).
Run it with /usr/bin/python3 (Debian's 3.11), not a pyenv interpreter."""
import argparse, ast, hashlib, os, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def collect(paths):
    out = []
    for p in paths:
        if os.path.isdir(p):
            for d, _, names in os.walk(p):
                out += [os.path.join(d, n) for n in names if n.endswith(".py")]
        else:
            out.append(p)
    return sorted(out)


CORPUS = ["/usr/lib/python3.11", "/usr/lib/python3/dist-packages/numpy", "/usr/lib/python3/dist-packages/torch",
          "/usr/lib/python3/dist-packages/torchvision"]
# Files from each corpus root in the CI sample (tests/data/syntax/oracle/corpus_sample.txt), on top of the
# files every run must see: those CPython rejects and those with \N{...} escapes.
SAMPLE_PER_ROOT = {CORPUS[0]: 150, CORPUS[1]: 70, CORPUS[2]: 110, CORPUS[3]: 40}


def write_sample(path):
    """A deterministic sample: per root, the files whose path hashes lowest (stable whatever the walk
    order or the random module), plus every file CPython rejects and every file using \\N{...}."""
    chosen = set()
    for root, count in SAMPLE_PER_ROOT.items():
        files = collect([root])
        files.sort(key=lambda f: hashlib.sha1(f.encode()).hexdigest())
        chosen.update(files[:count])
        for f in files:
            src = open(f, "rb").read()
            if b"\\N{" in src or cpython_dump(src).startswith(("ERROR", "EXC")):
                chosen.add(f)
    with open(path, "w") as out:
        out.write("# The CI sample of the CPython oracle (tests/test_syntax_corpus.cpp), written by\n"
                  "# bench/parse_corpus.py --write-sample; paths absent on a machine are skipped.\n")
        out.write("\n".join(sorted(chosen)) + "\n")
    print("%d files written to %s" % (len(chosen), path))


def cpython_dump(src):
    try:
        return ast.dump(ast.parse(src), include_attributes=True)
    except SyntaxError as e:
        return "ERROR %s:%s: %s: %s" % (e.lineno, e.offset, type(e).__name__, e.msg)
    except Exception as e:  # ValueError (NUL bytes, huge ints), MemoryError, RecursionError
        return "EXC %s" % type(e).__name__


def build_tool(build):
    tool = os.path.join(build, "parse_tool")
    lib = os.path.join(build, "lib", "libcore.a")
    src = os.path.join(HERE, "parse_tool.cpp")
    if not os.path.exists(tool) or os.path.getmtime(tool) < max(os.path.getmtime(lib), os.path.getmtime(src)):
        subprocess.check_call(["g++", "-std=c++20", "-O2", "-I" + os.path.join(ROOT, "core"), src, lib, "-o", tool])
    return tool


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=os.path.join(ROOT, "build-syntax"))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--show", type=int, default=10)
    ap.add_argument("--write-sample", metavar="FILE")
    ap.add_argument("paths", nargs="*", default=["/usr/lib/python3.11"])
    args = ap.parse_args()
    if args.write_sample:
        return write_sample(args.write_sample)
    files = collect(args.paths)
    if args.limit:
        files = files[: args.limit]
    tool = build_tool(args.build)
    sources = [open(f, "rb").read() for f in files]
    total = sum(len(s) for s in sources)

    t0 = time.perf_counter()
    for s in sources:
        try:
            ast.parse(s)
        except Exception:
            pass
    cpy_secs = time.perf_counter() - t0
    expected = [cpython_dump(s) for s in sources]

    listing = "\n".join(files).encode()
    stats = subprocess.run([tool, "--stats", "-"], input=listing, capture_output=True, check=True).stdout.split()
    our_secs = float(stats[stats.index(b"seconds") + 1])
    ours = subprocess.run([tool, "--dump", "-"], input=listing, capture_output=True, check=True).stdout.split(b"\n")

    match = 0
    causes = {}
    examples = []
    for f, exp, got in zip(files, expected, ours):
        got = got.decode("utf-8", "replace")
        if exp.startswith("EXC"):
            ok = got.startswith("ERROR")
            cause = "cpython raised %s" % exp[4:]
        elif exp.startswith("ERROR"):
            ok = got.startswith("ERROR") and got.split(":")[0] == exp.split(":")[0]
            cause = "error line differs" if got.startswith("ERROR") else "accepted a file CPython rejects"
        else:
            ok = got == exp
            cause = "rejected a valid file" if got.startswith("ERROR") else "dump differs"
        if ok:
            match += 1
        else:
            causes[cause] = causes.get(cause, 0) + 1
            if len(examples) < args.show:
                examples.append((f, exp[:300], got[:300]))
    for f, exp, got in examples:
        print("MISMATCH", f)
        if exp.startswith("ERROR") or got.startswith("ERROR"):
            print("   cpython:", exp[:200])
            print("   ours:   ", got[:200])
    print("files %d, matches %d (%.2f%%), mismatches %d" % (len(files), match, 100.0 * match / max(1, len(files)),
                                                          len(files) - match))
    for c, n in sorted(causes.items(), key=lambda x: -x[1]):
        print("   %-36s %d" % (c, n))
    mb = total / 1e6
    print("throughput: polytrace %.1f MB/s, cpython ast.parse %.1f MB/s, ratio %.2fx (%.1f MB)" %
          (mb / our_secs, mb / cpy_secs, cpy_secs / our_secs, mb))


if __name__ == "__main__":
    main()
