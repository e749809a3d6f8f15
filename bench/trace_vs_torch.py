"""Tracing and cached-call speed: Polytrace against torch.fx, torch.jit and eager torch.

For every torch function in tests/data/transpile/cases.py (and the walkthrough's normalize),
Polytrace's own timings come from bench/trace_bench (warm: runtime loaded and every op run once
before the clock starts; median of 200 fresh traces and cached calls); torch's are measured here,
in this process, on the same inputs, also warm. Prints the ratios the tracer issue asks for:
  trace speed-up   = torch.fx.symbolic_trace time / Polytrace trace time   (goal >= 10)
  cached speed-up  = eager torch call time / Polytrace cached call time     (goal >= 3)

usage: /usr/bin/python3 bench/trace_vs_torch.py [BUILD_DIR]
"""
import importlib.util
import json
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import torch
import torch.fx

ROOT = Path(__file__).resolve().parent.parent
BUILD = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build"
CLI = BUILD / "bin" / "polytrace-cli"
CASES = ROOT / "tests" / "data" / "transpile" / "cases.py"

# function -> (numpy set-up run identically by python and Polytrace, argument names)
INPUTS = {
    "normalize": ("np.random.seed(0)\na = np.random.uniform(size=10)", "a"),
    "standardize_rows": ("np.random.seed(1)\na = np.random.rand(4, 5).astype(np.float32)", "a"),
    "softmax_scores": ("np.random.seed(2)\na = np.random.rand(3, 4)\nb = np.random.rand(4, 5)", "a, b"),
    "activations": ("np.random.seed(3)\na = np.random.randn(2, 6).astype(np.float32)", "a"),
    "clamp_and_round": ("np.random.seed(4)\na = np.random.rand(3, 4)", "a"),
    "reductions": ("np.random.seed(5)\na = np.random.rand(3, 4)", "a"),
    "reshape_ops": ("np.random.seed(6)\na = np.random.rand(3, 4).astype(np.float32)", "a"),
    "where_ops": ("np.random.seed(7)\na = np.random.rand(5)", "a"),
    "weighted_sum": ("np.random.seed(8)\na = np.random.rand(2, 3).astype(np.float32)", "a"),
}
CALLS = 301


def load_cases():
    spec = importlib.util.spec_from_file_location("cases", CASES)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def polytrace_times(function, setup, args):
    torch_args = ", ".join(f"torch.from_numpy({a.strip()})" for a in args.split(","))
    out = subprocess.run([str(BUILD / "bin" / "trace_bench"), str(CASES), function,
                          "import numpy as np\nimport torch\n" + setup, torch_args, "200"],
                         capture_output=True, text=True, check=True).stdout
    times = json.loads(out)
    return times["trace_ms"], times["cached_ms"]


def best_of(fn, repeat):
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best * 1e3


def main():
    cases = load_cases()
    rows = []
    print(f"{'function':18} {'pt trace':>9} {'fx trace':>9} {'jit trace':>9} {'pt cached':>10} {'eager':>8} "
          f"{'trace x':>8} {'cached x':>9}")
    for name, (setup, args) in INPUTS.items():
        scope = {"np": np}
        exec(setup, scope)
        inputs = [torch.from_numpy(np.array(scope[a.strip()])) for a in args.split(",")]
        fn = getattr(cases, name)
        pt_trace, pt_cached = polytrace_times(name, setup, args)
        fx = best_of(lambda: torch.fx.symbolic_trace(fn), 20)
        try:
            jit = best_of(lambda: torch.jit.trace(fn, tuple(inputs), check_trace=False), 5)
        except Exception:  # torch.jit.trace rejects some Python outputs
            jit = float("nan")
        eager = statistics.median([best_of(lambda: fn(*inputs), 1) for _ in range(CALLS)])
        rows.append((fx / pt_trace, eager / pt_cached))
        print(f"{name:18} {pt_trace:9.3f} {fx:9.3f} {jit:9.3f} {pt_cached:10.4f} {eager:8.4f} "
              f"{fx / pt_trace:8.1f} {eager / pt_cached:9.2f}")
    geo = lambda xs: float(np.exp(np.mean(np.log(xs))))
    print(f"\ngeometric mean: tracing {geo([r[0] for r in rows]):.1f}x faster than torch.fx.symbolic_trace; "
          f"cached call {geo([r[1] for r in rows]):.2f}x eager torch (times in ms)")


main()
