#!/usr/bin/python3
"""Real code no one here wrote: torchvision.transforms.functional_tensor (Debian's python3-torchvision,
torchvision 0.14.1, 51 functions with its helpers) through Polytrace, against real torchvision.

For every function, on the example inputs of CASES (float32 images (3, H, W), batches (2, 3, H, W), and
uint8 where the function supports it):
  (a) trace it with Polytrace (source root /usr/lib/python3/dist-packages, lazy imports: only what the
      function needs is interpreted) and compare the result with real torchvision on the same inputs;
  (b) translate it torch -> numpy, torch, jax, tensorflow, source-to-source ("source"; "typed": after
      tracing the case's inputs so the translator sees the types observed at each AST node) and
      trace-based ("trace"); run the
      numpy/torch code here in real numpy/torch and compare with real torchvision; re-trace the jax/tf
      code through Polytrace's own jax/tf frontends and compare the same way.
Comparison: dtypes and shapes exact (jax: int64 may come back as int32, its default integer), float32
within 1e-5 relative to magnitude (max(1, |expected|)), float64 1e-10, integers and bools exact;
Python values exactly; an expected exception must be raised with the same type.

Every failure carries a reason code: Polytrace's own (unsupported-api, type-unknown, ...), or
mismatch-values / mismatch-dtype / mismatch-shape / mismatch-structure, python-error (generated code
failing in real python), reference-error, timeout.

usage: bench/torchvision_functional_tensor.py [--cli build-tv/bin/polytrace-cli] [--only NAME,...]
                                              [--targets numpy,torch,jax,tensorflow] [--methods source,trace]
                                              [--json OUT.json] [--keep DIR] [-v]
"""
import argparse
import collections
import importlib.util
import json
import math
import os
import subprocess
import sys
import tempfile
import warnings

import numpy as np
import torch

warnings.simplefilter("ignore")
torch.set_num_threads(1)

ROOT = "/usr/lib/python3/dist-packages"
MODULE = "torchvision.transforms.functional_tensor"
HERE = os.path.dirname(os.path.abspath(__file__))

# Inputs: numpy's legacy RNG, which Polytrace reproduces bit for bit, so both sides see the same data.
SETUP = """import numpy as np
import torch
np.random.seed(0)
img = torch.from_numpy(np.random.rand(3, 10, 12).astype(np.float32))
batch = torch.from_numpy(np.random.rand(2, 3, 10, 12).astype(np.float32))
img8 = torch.from_numpy((np.random.rand(3, 10, 12) * 255).astype(np.uint8))
batch8 = torch.from_numpy((np.random.rand(2, 3, 10, 12) * 255).astype(np.uint8))
gray = torch.from_numpy(np.random.rand(1, 10, 12).astype(np.float32))
patch = torch.from_numpy(np.random.rand(3, 4, 5).astype(np.float32))
grid = torch.from_numpy((np.random.rand(1, 8, 9, 2) * 2.2 - 1.1).astype(np.float32))
disp = torch.from_numpy((np.random.rand(1, 10, 12, 2) * 0.1 - 0.05).astype(np.float32))
theta = torch.from_numpy(np.array([[[0.9, 0.2, 0.1], [-0.1, 1.1, 0.3]]], dtype=np.float32))
"""

AFFINE = "[0.9, 0.2, 1.5, -0.1, 1.1, 0.5]"
ROT30 = "[0.8660254037844387, 0.49999999999999994, 0.0, -0.49999999999999994, 0.8660254037844387, 0.0]"
PERSP = "[1.05, 0.1, -0.5, 0.05, 0.95, 0.3, 0.001, 0.002]"

# function -> argument lists (Python expressions over SETUP's names), every public function and helper.
CASES = {
    "_is_tensor_a_torch_image": ["img", "torch.zeros(5)"],
    "_assert_image_tensor": ["img", "torch.zeros(5)"],
    "_assert_threshold": ["img, 0.5", "img8, 100.0", "img, 2.0"],
    "get_dimensions": ["img", "batch", "img[0]"],
    "get_image_size": ["img", "batch8"],
    "get_image_num_channels": ["batch", "img[0]"],
    "_max_value": ["torch.uint8", "torch.int16", "torch.float32"],
    "_assert_channels": ["img, [1, 3]", "img, [1]"],
    "convert_image_dtype": ["img, torch.uint8", "img8, torch.float32", "img8, torch.int32", "img, torch.float64",
                            "img8, torch.uint8"],
    "vflip": ["img", "batch8"],
    "hflip": ["img", "batch8"],
    "crop": ["img, 2, 3, 5, 6", "img8, -2, -1, 8, 9"],
    "rgb_to_grayscale": ["img", "img8, 3", "batch"],
    "adjust_brightness": ["img, 1.3", "img8, 0.7"],
    "adjust_contrast": ["img, 0.6", "img8, 1.4", "gray, 0.5"],
    "adjust_hue": ["img, 0.2", "img8, -0.3", "gray, 0.1"],
    "adjust_saturation": ["img, 0.5", "batch8, 1.5"],
    "adjust_gamma": ["img, 0.8", "img8, 1.5, 1.2"],
    "_blend": ["img, batch[0], 0.3", "img8, img8.flip(-1), 0.6"],
    "_rgb2hsv": ["img", "batch"],
    "_hsv2rgb": ["img", "batch"],
    "_pad_symmetric": ["img, [2, 1, 3, 2]", "batch8, [1, 1, 1, 1]"],
    "_parse_pad_padding": ["[1, 2]", "3", "[1, 2, 3, 4]", "[5]"],
    "pad": ["img, [1, 2], 0.5", "img8, 2, 0, 'edge'", "batch, [1, 2, 3, 4], 0, 'reflect'", "img, [2, 3], 0, 'symmetric'",
            "img8, [1, 2, 3, 1], 7"],
    "resize": ["img, [7, 9]", "img8, [14, 15], 'nearest'", "batch, [6, 20], 'bicubic'", "img, [5, 6], 'bilinear', True",
               "img8, [12, 16]"],
    "_assert_grid_transform_inputs": [f"img, {AFFINE}, 'nearest', None, ['nearest', 'bilinear']",
                                      f"img, {AFFINE}, 'bicubic', None, ['nearest', 'bilinear']"],
    "_cast_squeeze_in": ["img8, [torch.float32, torch.float64]", "batch, [torch.float32]"],
    "_cast_squeeze_out": ["batch * 255, True, False, torch.uint8", "batch[:1], False, True, torch.float32"],
    "_apply_grid_transform": ["img, grid, 'bilinear', None", "batch, grid, 'nearest', None", "img8, grid, 'bilinear', [5.0]"],
    "_gen_affine_grid": ["theta, 12, 10, 12, 10", "theta, 12, 10, 14, 9"],
    "affine": [f"img, {AFFINE}", f"img8, {AFFINE}, 'bilinear', 7.0", f"batch, {AFFINE}, 'bilinear', [0.1, 0.2, 0.3]"],
    "_compute_affine_output_size": [f"{ROT30}, 12, 10", f"{AFFINE}, 12, 10"],
    "rotate": [f"img, {ROT30}", f"img8, {ROT30}, 'bilinear', True", f"batch, {ROT30}, 'bilinear', False, [0.5, 0.5, 0.5]"],
    "_perspective_grid": [f"{PERSP}, 12, 10, torch.float32, img.device"],
    "perspective": [f"img, {PERSP}", f"img8, {PERSP}, 'bilinear', 3.0", f"batch, {PERSP}, 'nearest'"],
    "_get_gaussian_kernel1d": ["5, 1.2", "3, 0.5"],
    "_get_gaussian_kernel2d": ["[3, 5], [0.8, 1.5], torch.float32, img.device"],
    "gaussian_blur": ["img, [3, 5], [0.8, 1.5]", "batch8, [5, 5], [1.0, 1.0]"],
    "invert": ["img", "img8"],
    "posterize": ["img8, 3", "batch8, 6"],
    "solarize": ["img, 0.5", "img8, 128.0"],
    "_blurred_degenerate_image": ["img", "img8"],
    "adjust_sharpness": ["img, 1.7", "img8, 0.3"],
    "autocontrast": ["img", "batch8"],
    "_scale_channel": ["img8[0]"],
    "_equalize_single_image": ["img8"],
    "equalize": ["img8", "batch8"],
    "normalize": ["img, [0.5, 0.4, 0.3], [0.2, 0.25, 0.3]", "batch, [0.5, 0.5, 0.5], [0.5, 0.5, 0.5]"],
    "erase": ["img, 2, 3, 4, 5, patch"],
    "_create_identity_grid": ["[10, 12]"],
    "elastic_transform": ["img, disp", "img8, disp, 'nearest'"],
}

TARGETS = ["numpy", "torch", "jax", "tensorflow"]
METHODS = ["source", "typed", "trace"]
TOLERANCE = {"float32": 1e-5, "float64": 1e-10, "float16": 1e-2, "bfloat16": 1e-2}


# ---- values as comparable trees (the format of session/CaseRunner.h) ----------------------------------

def dtype_name(d):
    if isinstance(d, torch.dtype):
        return str(d).replace("torch.", "")
    return np.dtype(d).name


def number(x):
    x = float(x)
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return x


def tree(v):
    if v is None:
        return {"kind": "none"}
    if isinstance(v, (bool, np.bool_)):
        return {"kind": "bool", "value": bool(v)}
    if isinstance(v, int):
        return {"kind": "int", "value": v}
    if isinstance(v, float):
        return {"kind": "float", "value": number(v)}
    if isinstance(v, str):
        return {"kind": "str", "value": v}
    if isinstance(v, (torch.dtype, np.dtype)) or (isinstance(v, type) and issubclass(v, np.generic)):
        return {"kind": "dtype", "name": dtype_name(v)}
    if isinstance(v, torch.Tensor):
        v = v.detach().cpu()
        d = dtype_name(v.dtype)
        flat = v.reshape(-1).tolist()
        data = [number(x) for x in flat] if v.is_floating_point() else flat
        return {"kind": "tensor", "dtype": d, "shape": list(v.shape), "data": data}
    if isinstance(v, (np.ndarray, np.generic)):
        a = np.asarray(v)
        flat = a.reshape(-1).tolist()
        data = [number(x) for x in flat] if a.dtype.kind == "f" else flat
        return {"kind": "tensor", "dtype": a.dtype.name, "shape": list(a.shape), "data": data}
    if isinstance(v, tuple):
        return {"kind": "tuple", "items": [tree(x) for x in v]}
    if isinstance(v, list):
        return {"kind": "list", "items": [tree(x) for x in v]}
    return {"kind": "other", "type": type(v).__name__, "repr": repr(v)}


def as_float(x):
    return float(x) if not isinstance(x, str) else float(x.replace("inf", "inf"))


def compare(want, got, target, path="result"):
    """None when equal within tolerance, else (reason, message)."""
    if want["kind"] == "tensor" and got["kind"] == "tensor":
        wd, gd = want["dtype"], got["dtype"]
        if wd != gd and not (target == "jax" and wd == "int64" and gd == "int32") \
                and not (target == "jax" and wd == "float64" and gd == "float32"):
            return "mismatch-dtype", f"{path}: dtype {gd}, expected {wd}"
        if want["shape"] != got["shape"]:
            return "mismatch-shape", f"{path}: shape {got['shape']}, expected {want['shape']}"
        tol = TOLERANCE.get(wd, 0.0)
        worst, where = 0.0, None
        for i, (w, g) in enumerate(zip(want["data"], got["data"])):
            if tol == 0.0:
                if w != g:
                    return "mismatch-values", f"{path}[{i}]: {g}, expected {w}"
                continue
            w, g = as_float(w), as_float(g)
            if math.isnan(w) or math.isnan(g):
                if not (math.isnan(w) and math.isnan(g)):
                    return "mismatch-values", f"{path}[{i}]: {g}, expected {w}"
                continue
            if math.isinf(w) or math.isinf(g):
                if w != g:
                    return "mismatch-values", f"{path}[{i}]: {g}, expected {w}"
                continue
            err = abs(w - g) / max(1.0, abs(w))
            if err > worst:
                worst, where = err, (i, g, w)
        if worst > tol:
            i, g, w = where
            return "mismatch-values", f"{path}[{i}]: {g!r}, expected {w!r} (relative error {worst:.3g} > {tol:g})"
        return None
    # A Python number where torch gives a 0-d tensor (or the reverse) is a structural difference.
    if want["kind"] != got["kind"]:
        return "mismatch-structure", f"{path}: {got['kind']}, expected {want['kind']}"
    k = want["kind"]
    if k in ("tuple", "list"):
        if len(want["items"]) != len(got["items"]):
            return "mismatch-structure", f"{path}: {len(got['items'])} items, expected {len(want['items'])}"
        for i, (w, g) in enumerate(zip(want["items"], got["items"])):
            r = compare(w, g, target, f"{path}[{i}]")
            if r:
                return r
        return None
    if k == "float":
        w, g = as_float(want["value"]), as_float(got["value"])
        if not (w == g or abs(w - g) <= 1e-12 * max(1.0, abs(w)) or (math.isnan(w) and math.isnan(g))):
            return "mismatch-values", f"{path}: {g!r}, expected {w!r}"
        return None
    if k == "dtype":
        return None if want["name"] == got["name"] else ("mismatch-dtype", f"{path}: {got['name']}, expected {want['name']}")
    if k == "other":
        return ("mismatch-structure", f"{path}: {got.get('repr')} vs {want.get('repr')}") if want != got else None
    return None if want.get("value") == got.get("value") else ("mismatch-values", f"{path}: {got.get('value')!r}, expected {want.get('value')!r}")


# ---- the reference: real torchvision -----------------------------------------------------------------

def environment():
    scope = {}
    exec(SETUP, scope)
    return scope


def evaluate_args(expr):
    scope = environment()
    return eval("(" + expr + ",)", scope)


def outcome(fn, args):
    try:
        return {"ok": True, "result": tree(fn(*args))}
    except Exception as e:  # noqa: BLE001 - the reference's exception is part of the expected behaviour
        return {"ok": False, "error": {"type": type(e).__name__, "message": str(e), "reason": "python-exception"}}


def judge(want, got, target):
    """(ok, reason, message) for a Polytrace or generated-code outcome against the reference."""
    if not want["ok"]:
        if got["ok"]:
            return False, "mismatch-structure", f"expected {want['error']['type']}, got a result"
        if got["error"]["type"] == want["error"]["type"]:
            return True, "", ""
        return False, got["error"].get("reason") or "python-exception", got["error"]["type"] + ": " + got["error"]["message"][:200]
    if not got["ok"]:
        e = got["error"]
        return False, e.get("reason") or "python-exception", e["type"] + ": " + e["message"].split("\n")[0][:200]
    r = compare(want["result"], got["result"], target)
    return (True, "", "") if r is None else (False, r[0], r[1])


# ---- running generated code in real numpy / torch --------------------------------------------------------

def to_numpy_arg(v):
    if isinstance(v, torch.Tensor):
        return v.detach().numpy().copy()
    if isinstance(v, torch.dtype):
        return np.dtype(dtype_name(v)).type
    if isinstance(v, torch.device):
        return "cpu"
    if isinstance(v, list):
        return [to_numpy_arg(x) for x in v]
    if isinstance(v, tuple):
        return tuple(to_numpy_arg(x) for x in v)
    return v


def to_torch_arg(v):
    if isinstance(v, torch.Tensor):
        return v.clone()
    if isinstance(v, list):
        return [to_torch_arg(x) for x in v]
    if isinstance(v, tuple):
        return tuple(to_torch_arg(x) for x in v)
    return v


def tensor_leaves(args):
    """The distinct tensors among the arguments, depth first: a trace-based translation's parameters."""
    out, seen = [], set()

    def walk(v, expr):
        if isinstance(v, torch.Tensor):
            if id(v) not in seen:
                seen.add(id(v))
                out.append((v, expr))
        elif isinstance(v, (list, tuple)):
            for i, x in enumerate(v):
                walk(x, f"{expr}[{i}]")

    for i, a in enumerate(args):
        walk(a, f"__args__[{i}]")
    return out


def run_generated(file, name, target, args_expr, method):
    args = evaluate_args(args_expr)
    if method == "trace":
        args = tuple(v for v, _ in tensor_leaves(args))
    convert = to_numpy_arg if target == "numpy" else to_torch_arg
    try:
        spec = importlib.util.spec_from_file_location(f"generated_{abs(hash(file))}", file)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        result = getattr(module, name)(*[convert(a) for a in args])
        return {"ok": True, "result": tree(result)}
    except Exception as e:  # noqa: BLE001
        return {"ok": False, "error": {"type": type(e).__name__, "message": str(e), "reason": "python-error"}}


# ---- Polytrace jobs --------------------------------------------------------------------------------------

def run_batch(cli, jobs, timeout, workdir, name):
    """Runs the jobs in one polytrace-cli process (the runtime loads once); answers by job id."""
    if not jobs:
        return {}
    path, out = os.path.join(workdir, name + ".jobs.jsonl"), os.path.join(workdir, name + ".answers.jsonl")
    with open(path, "w") as f:
        for j in jobs:
            f.write(json.dumps(j) + "\n")
    try:
        p = subprocess.run([cli, "batch", path, "-o", out], capture_output=True, text=True, timeout=timeout)
        if p.returncode != 0:
            sys.stderr.write(p.stderr[-2000:])
    except subprocess.TimeoutExpired:
        pass
    answers = {}
    if os.path.exists(out):
        with open(out) as f:
            for line in f:
                a = json.loads(line)
                answers[a["id"]] = a
    missing = {"ok": False, "error": {"type": "TimeoutError", "message": "no answer (crash or timeout)", "reason": "timeout"}}
    return {j["id"]: answers.get(j["id"], dict(missing, id=j["id"])) for j in jobs}


def first_error(diags):
    for d in diags:
        if d["severity"] == "error":
            return d["code"], f"line {d['line']}: {d['message'].splitlines()[0][:200]}"
    return "untranslated", ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=os.path.join(HERE, "..", "build-tv", "bin", "polytrace-cli"))
    ap.add_argument("--only", default="")
    ap.add_argument("--targets", default=",".join(TARGETS))
    ap.add_argument("--methods", default=",".join(METHODS))
    ap.add_argument("--json", default="")
    ap.add_argument("--keep", default="")
    ap.add_argument("--timeout", type=float, default=900)
    ap.add_argument("-v", "--verbose", action="store_true")
    opts = ap.parse_args()
    functions = [f for f in CASES if not opts.only or f in opts.only.split(",")]
    targets = [t for t in opts.targets.split(",") if t]
    methods = [m for m in opts.methods.split(",") if m]
    workdir = opts.keep or tempfile.mkdtemp(prefix="tv_ft_")
    os.makedirs(workdir, exist_ok=True)
    import torchvision.transforms.functional_tensor as F

    cases = [(f, i, a) for f in functions for i, a in enumerate(CASES[f])]
    reference = {(f, i): outcome(getattr(F, f), evaluate_args(a)) for f, i, a in cases}

    def job(kind, f, i, a, **extra):
        base = {"path": ROOT, "function": f"{MODULE}.{f}", "source": "torch", "setup": SETUP, "args": a}
        base.update(extra)
        base["action"] = kind
        base["id"] = "|".join([kind, f, str(i)] + [str(v) for k, v in sorted(extra.items()) if k in ("target", "method")])
        return base

    jobs = [job("run", f, i, a, trace=True) for f, i, a in cases]
    files = {}
    for f, i, a in cases:
        for t in targets:
            for m in methods:
                out = os.path.join(workdir, f"{f}_{i}_{t}_{m}.py")
                files[(f, i, t, m)] = out
                if m == "typed":
                    jobs.append(job("transpile", f, i, a, target=t, method="source", trace_types=True, out=out))
                    jobs[-1]["id"] = jobs[-1]["id"].replace("|source|", "|typed|")
                else:
                    jobs.append(job("transpile", f, i, a, target=t, method=m, out=out))
    answers = run_batch(opts.cli, jobs, opts.timeout, workdir, "polytrace")

    results = collections.defaultdict(dict)  # (f, column) -> list of (ok, reason, message)
    for f, i, a in cases:
        want = reference[(f, i)]
        got = answers[f"run|{f}|{i}"]
        results[f].setdefault("trace", []).append(judge(want, got, "torch"))
        if got.get("guards") and opts.verbose:
            print(f"  note: {f}[{i}] trace guards: {got['guards']}")
    retrace = []
    for f, i, a in cases:
        for t in targets:
            for m in methods:
                # Straight-line code from a trace cannot raise the source's exceptions: a case whose
                # reference raises is checked source-to-source only.
                if m == "trace" and not reference[(f, i)]["ok"]:
                    continue
                ans = answers[f"transpile|{f}|{i}|{m}|{t}"]
                col = f"{t}/{m}"
                if not ans.get("ok"):
                    reason, msg = first_error(ans.get("diagnostics", [])) if "diagnostics" in ans else (ans["error"]["reason"], ans["error"]["message"])
                    results[f].setdefault(col, []).append((False, reason, msg, "translate"))
                    continue
                file = files[(f, i, t, m)]
                if t in ("numpy", "torch"):
                    got = run_generated(file, f, t, a, m)
                    results[f].setdefault(col, []).append(judge(reference[(f, i)], got, t))
                else:
                    args = a
                    if m == "trace":
                        leaves = tensor_leaves(evaluate_args(a))
                        args = ", ".join(e.replace("__args__", "(" + a + ",)") for _, e in leaves)
                    retrace.append({"action": "run", "id": f"retrace|{f}|{i}|{t}|{m}", "path": file, "function": f,
                                    "source": t, "setup": SETUP, "args": args, "trace": False})
    for rid, got in run_batch(opts.cli, retrace, opts.timeout, workdir, "retrace").items():
        _, f, i, t, m = rid.split("|")
        results[f].setdefault(f"{t}/{m}", []).append(judge(reference[(f, int(i))], got, t))

    # ---- report -----------------------------------------------------------------------------------------
    columns = ["trace"] + [f"{t}/{m}" for t in targets for m in methods]
    short = {"numpy": "np", "torch": "pt", "jax": "jax", "tensorflow": "tf"}
    heads = ["trace"] + [f"{short[t]}/{ {'source': 's2s', 'typed': 's2s+types'}.get(m, 'tr')}" for t in targets for m in methods]
    width = max(len(f) for f in functions) + 2
    print(f"{'function':<{width}}" + "".join(f"{h:<22}" for h in heads))
    status = {}
    for f in functions:
        row = f"{f:<{width}}"
        for c in columns:
            rs = results[f].get(c, [])
            bad = [r for r in rs if not r[0]]
            status[(f, c)] = (not bad and bool(rs), bad[0][1] if bad else "")
            cell = "ok" if not bad else bad[0][1]
            row += f"{cell[:21]:<22}"
        print(row)
        if opts.verbose:
            for c in columns:
                for k, r in enumerate(results[f].get(c, [])):
                    if not r[0]:
                        print(f"    {c} case {k} ({CASES[f][k][:50]}): {r[1]}: {r[2]}")

    print()
    public = [f for f in functions if not f.startswith("_")]
    summary = {}
    for c in columns:
        ok = [f for f in functions if status[(f, c)][0]]
        reasons = collections.Counter(status[(f, c)][1] for f in functions if not status[(f, c)][0])
        entry = {"attempted": len(functions), "passed": len(ok), "public_attempted": len(public),
                 "public_passed": len([f for f in public if f in ok]), "failures": dict(reasons)}
        if c != "trace":
            entry["translated"] = len([f for f in functions
                                       if all(len(r) < 4 for r in results[f].get(c, []))])
        summary[c] = entry
        name = "traced & matching" if c == "trace" else f"{c}: translated {entry['translated']}, verified equal"
        print(f"{name}: {len(ok)}/{len(functions)} functions ({entry['public_passed']}/{len(public)} public)"
              + ("; failures: " + ", ".join(f"{k} {v}" for k, v in reasons.most_common()) if reasons else ""))
    if opts.json:
        with open(opts.json, "w") as f:
            json.dump({"summary": summary,
                       "functions": {f: {c: results[f].get(c, []) for c in columns} for f in functions}}, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
