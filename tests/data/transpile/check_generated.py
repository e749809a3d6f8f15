"""Runs a torch function and its translation in the real frameworks and compares the results.

usage: check_generated.py CASES.py FUNCTION GENERATED.py TARGET SETUP ARGS
SETUP is numpy code defining the inputs; ARGS the comma-separated names to pass.
Prints one line per output and exits 1 on any mismatch (values, dtype or shape).
"""
import importlib.util
import sys

import numpy as np
import torch


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def leaves(value):
    if isinstance(value, (tuple, list)):
        out = []
        for v in value:
            out.extend(leaves(v))
        return out
    return [value]


def to_numpy(value):
    if isinstance(value, torch.Tensor):
        return value.detach().numpy()
    return np.asarray(value)


def main():
    cases, function, generated, target, setup, args = sys.argv[1:7]
    scope = {"np": np}
    exec(setup, scope)
    names = [a.strip() for a in args.split(",") if a.strip()]
    source_args = [torch.from_numpy(np.array(scope[n])) for n in names]
    expected = leaves(getattr(load(cases, "cases"), function)(*source_args))
    convert = {"torch": lambda a: torch.from_numpy(np.array(a)), "numpy": lambda a: np.array(a)}[target]
    actual = leaves(getattr(load(generated, "generated"), function)(*[convert(scope[n]) for n in names]))
    ok = len(expected) == len(actual)
    if not ok:
        print(f"{function}: {len(expected)} outputs expected, got {len(actual)}")
    for i, (e, a) in enumerate(zip(expected, actual)):
        e, a = to_numpy(e), to_numpy(a)
        rtol = 1e-5 if e.dtype in (np.float32, np.float16) else 1e-12
        same_dtype = e.dtype == a.dtype
        same_shape = e.shape == a.shape
        close = same_shape and np.allclose(a, e, rtol=rtol, atol=rtol * max(1.0, float(np.max(np.abs(e))) if e.size else 1.0), equal_nan=True)
        print(f"{function}[{i}]: dtype {e.dtype}/{a.dtype} shape {e.shape}/{a.shape} {'ok' if same_dtype and close else 'MISMATCH'}")
        ok = ok and same_dtype and close
    sys.exit(0 if ok else 1)


main()
