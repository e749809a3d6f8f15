"""Oracle for test_torchvision: a fast fixed subset of bench/torchvision_functional_tensor.py.

  cases.py list                                   -> JSON [{"id", "function", "args", "methods"}]
  cases.py reference                              -> JSON {id: outcome} from real torchvision
  cases.py run-generated JOBS.json                -> JSON {key: outcome} of generated numpy/torch code, for
                                                     jobs [{"key", "file", "name", "target", "method", "id"}]

An outcome is {"ok": true, "result": TREE} or {"ok": false, "error": {"type", "message"}}; TREE is the
value format of core/session/CaseRunner.h. Inputs come from numpy's legacy RNG, which Polytrace
reproduces bit for bit, so Polytrace and torchvision see the same data.
"""
import importlib.util
import json
import math
import sys
import warnings

import numpy as np
import torch

warnings.simplefilter("ignore")
torch.set_num_threads(1)

ROOT = "/usr/lib/python3/dist-packages"
MODULE = "torchvision.transforms.functional_tensor"

SETUP = """import numpy as np
import torch
np.random.seed(0)
img = torch.from_numpy(np.random.rand(3, 10, 12).astype(np.float32))
batch = torch.from_numpy(np.random.rand(2, 3, 10, 12).astype(np.float32))
img8 = torch.from_numpy((np.random.rand(3, 10, 12) * 255).astype(np.uint8))
batch8 = torch.from_numpy((np.random.rand(2, 3, 10, 12) * 255).astype(np.uint8))
patch = torch.from_numpy(np.random.rand(3, 4, 5).astype(np.float32))
disp = torch.from_numpy((np.random.rand(1, 10, 12, 2) * 0.1 - 0.05).astype(np.float32))
"""

# (function, args, translations checked): "trace" = trace-based numpy/torch in real python, "retrace" =
# trace-based jax/tensorflow re-traced by Polytrace.
CASES = [
    ("get_dimensions", "batch", ["trace"]),
    ("_assert_image_tensor", "torch.zeros(5)", []),
    ("convert_image_dtype", "img, torch.uint8", ["trace", "retrace"]),
    ("convert_image_dtype", "img8, torch.float32", []),
    ("crop", "img8, -2, -1, 8, 9", ["trace"]),
    ("rgb_to_grayscale", "img8, 3", []),
    ("adjust_hue", "img8, -0.3", ["trace", "retrace"]),
    ("_pad_symmetric", "img, [2, 1, 3, 2]", ["trace", "retrace"]),
    ("pad", "batch, [1, 2, 3, 4], 0, 'reflect'", []),
    ("resize", "img8, [12, 16]", ["trace"]),
    ("resize", "batch, [6, 20], 'bicubic'", []),
    ("resize", "img, [5, 6], 'bilinear', True", ["retrace"]),
    ("affine", "img8, [0.9, 0.2, 1.5, -0.1, 1.1, 0.5], 'bilinear', 7.0", ["trace"]),
    ("rotate", "img, [0.8660254037844387, 0.5, 0.0, -0.5, 0.8660254037844387, 0.0], 'nearest', True", []),
    ("gaussian_blur", "batch8, [5, 5], [1.0, 1.0]", ["trace", "retrace"]),
    ("posterize", "img8, 3", ["retrace"]),
    ("autocontrast", "batch8", ["trace"]),
    ("equalize", "batch8", []),
    ("normalize", "img, [0.5, 0.4, 0.3], [0.2, 0.25, 0.3]", []),
    ("erase", "img, 2, 3, 4, 5, patch", ["trace"]),
    ("elastic_transform", "img8, disp, 'nearest'", []),
]


def case_id(i):
    return f"{CASES[i][0]}#{i}"


def number(x):
    x = float(x)
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return x


def dtype_name(d):
    return str(d).replace("torch.", "") if isinstance(d, torch.dtype) else np.dtype(d).name


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
        v = v.detach().numpy()
    if isinstance(v, (np.ndarray, np.generic)):
        a = np.asarray(v)
        flat = a.reshape(-1).tolist()
        return {"kind": "tensor", "dtype": a.dtype.name, "shape": list(a.shape),
                "data": [number(x) for x in flat] if a.dtype.kind == "f" else flat}
    if isinstance(v, (tuple, list)):
        return {"kind": "tuple" if isinstance(v, tuple) else "list", "items": [tree(x) for x in v]}
    return {"kind": "other", "type": type(v).__name__, "repr": repr(v)}


def arguments(i):
    scope = {}
    exec(SETUP, scope)
    return eval("(" + CASES[i][1] + ",)", scope)


def outcome(fn, args):
    try:
        return {"ok": True, "result": tree(fn(*args))}
    except Exception as e:  # noqa: BLE001 - the exception is the expected behaviour
        return {"ok": False, "error": {"type": type(e).__name__, "message": str(e)}}


def tensor_leaves(args):
    out, seen = [], set()

    def walk(v):
        if isinstance(v, torch.Tensor):
            if id(v) not in seen:
                seen.add(id(v))
                out.append(v)
        elif isinstance(v, (list, tuple)):
            for x in v:
                walk(x)

    for a in args:
        walk(a)
    return out


def main():
    if sys.argv[1] == "list":
        print(json.dumps([{"id": case_id(i), "function": f, "args": a, "checks": c} for i, (f, a, c) in enumerate(CASES)]))
    elif sys.argv[1] == "reference":
        import torchvision.transforms.functional_tensor as F
        print(json.dumps({case_id(i): outcome(getattr(F, f), arguments(i)) for i, (f, a, c) in enumerate(CASES)}))
    elif sys.argv[1] == "run-generated":
        ids = [case_id(k) for k in range(len(CASES))]
        with open(sys.argv[2]) as f:
            jobs = json.load(f)
        print(json.dumps({job["key"]: run_generated(job, ids.index(job["id"])) for job in jobs}))


def run_generated(job, i):
    args = arguments(i)
    if job["method"] == "trace":
        args = tensor_leaves(args)
    if job["target"] == "numpy":
        args = [a.numpy().copy() if isinstance(a, torch.Tensor) else a for a in args]
    try:
        spec = importlib.util.spec_from_file_location("generated_" + job["key"].replace(" ", "_").replace("#", "_"), job["file"])
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    except Exception as e:  # noqa: BLE001
        return {"ok": False, "error": {"type": type(e).__name__, "message": "import: " + str(e)}}
    return outcome(getattr(module, job["name"]), args)


if __name__ == "__main__":
    main()
