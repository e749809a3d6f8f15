"""API-level oracle: expressions evaluated by the real numpy/torch and by Polytrace.

Prints JSON: {"setup": CODE, "cases": [{"expr", "framework", "expected": RESULT}]}, where RESULT is
{"dtype", "shape", "hex"} for a tensor (row-major little-endian bytes), {"error": TypeName} when the
real framework raises, or {"python": repr} for a plain Python value. The set-up code uses only
numpy's legacy RNG, which Polytrace reproduces bit for bit, so both sides see identical inputs.
"""
import json
import sys

import numpy as np
import torch

SETUP = """
import numpy as np
import torch
np.random.seed(1234)
f64 = np.random.randn(3, 4)
f32 = np.random.randn(3, 4).astype(np.float32)
g32 = np.random.randn(4).astype(np.float32)
pos64 = np.random.rand(3, 4) + 0.5
pos32 = (np.random.rand(3, 4) + 0.5).astype(np.float32)
i64 = np.random.randint(-5, 6, size=(3, 4))
i32 = np.random.randint(-5, 6, size=(3, 4)).astype(np.int32)
i8 = np.random.randint(-5, 6, size=(3, 4)).astype(np.int8)
u8 = np.random.randint(0, 9, size=(3, 4)).astype(np.uint8)
nz32 = np.random.randint(1, 6, size=(3, 4)).astype(np.int32)
b = np.random.rand(3, 4) > 0.5
t64 = torch.from_numpy(f64)
t32 = torch.from_numpy(f32)
tg32 = torch.from_numpy(g32)
tpos64 = torch.from_numpy(pos64)
tpos32 = torch.from_numpy(pos32)
ti64 = torch.from_numpy(i64)
ti32 = torch.from_numpy(i32)
ti8 = torch.from_numpy(i8)
tu8 = torch.from_numpy(u8)
tnz32 = torch.from_numpy(nz32)
tb = torch.from_numpy(b)
"""

NP_FLOATS = ["f64", "f32"]
NP_ALL = ["f64", "f32", "i64", "i32", "i8", "u8", "b"]
TORCH_FLOATS = ["t64", "t32"]
TORCH_ALL = ["t64", "t32", "ti64", "ti32", "ti8", "tu8", "tb"]

cases = []


def add(framework, expr):
    cases.append({"framework": framework, "expr": expr})


# numpy: unary ufuncs across dtypes (int inputs become float64 where numpy does so)
for fn in ["abs", "negative", "sign", "exp", "log1p", "sqrt", "square", "sin", "cos", "tanh", "floor", "ceil", "round",
           "isnan", "logical_not"]:
    for x in NP_ALL:
        if fn in ("negative",) and x == "b":
            continue
        add("numpy", f"np.{fn}({x})")
for fn in ["log", "sqrt", "reciprocal"]:
    for x in ["pos64", "pos32"]:
        add("numpy", f"np.{fn}({x})")
# numpy: binary ops and promotion (array-array and Python scalars, numpy 1.x value-based rules)
for op in ["+", "-", "*", "/", "//", "%", "**", "<", "==", ">="]:
    for x, y in [("f64", "f32"), ("f32", "i32"), ("i32", "i64"), ("i8", "u8"), ("f32", "g32"), ("b", "i32"), ("i8", "i8")]:
        if op in ("//", "%", "/") and y in ("u8", "i8", "i32", "i64"):
            y = "nz32" if y != "i8" else "i8"
            if y == "i8":
                continue
        if op == "**" and x.startswith("i") and y.startswith("i"):
            continue
        add("numpy", f"{x} {op} {y}")
for x in ["f32", "i32", "i8", "u8", "b"]:
    for s in ["2", "2.5", "-3", "300", "True"]:
        add("numpy", f"{x} * {s}")
        add("numpy", f"{s} - {x}")
# numpy: reductions
for fn in ["sum", "mean", "prod", "max", "min", "std", "var", "argmax", "argmin", "cumsum", "all", "any"]:
    for x in ["f64", "f32", "i32", "b"]:
        for kw in ["", ", axis=0", ", axis=1", ", axis=(0, 1)", ", axis=-1, keepdims=True"]:
            if fn in ("argmax", "argmin", "cumsum") and ("(0, 1)" in kw):
                continue
            if fn == "cumsum" and "keepdims" in kw:
                continue
            add("numpy", f"np.{fn}({x}{kw})")
for kw in [", ddof=1", ", ddof=2, axis=0"]:
    add("numpy", f"np.std(f64{kw})")
    add("numpy", f"np.var(f32{kw})")
# numpy: shapes and indexing
for expr in ["np.reshape(f32, (4, 3))", "f32.reshape(2, -1)", "np.transpose(f64)", "np.transpose(f64, (1, 0))",
             "np.squeeze(f64[:1])", "np.expand_dims(f64, 1)", "np.concatenate([f64, f64], axis=1)",
             "np.stack([f32, f32])", "np.flip(f64, axis=0)", "f64[1]", "f64[:, 1:3]", "f64[::-1]", "f64[..., None]",
             "f64[1, ::2]", "f64[[0, 2]]", "np.where(b, f64, 0.0)", "np.clip(f64, -0.5, 0.5)", "np.clip(i32, 2, -2)",
             "np.maximum(f32, g32)", "np.minimum(i32, i8)", "np.matmul(f64, f64.T)", "f32 @ g32",
             "np.take(f64, np.array([2, 0]), axis=1)", "np.full((2, 2), 7)", "np.zeros_like(i32)", "np.arange(5)",
             "np.arange(1.0, 3.0, 0.5)", "np.squeeze(f64, axis=0)"]:
    add("numpy", expr)

# torch: unary across dtypes (torch raises for some integer inputs: the error type must match)
for fn in ["abs", "neg", "sign", "exp", "log1p", "sqrt", "square", "sin", "tanh", "floor", "ceil", "round", "isnan",
           "logical_not", "sigmoid", "relu"]:
    for x in TORCH_ALL:
        add("torch", f"torch.{fn}({x})")
for fn in ["log", "rsqrt", "reciprocal"]:
    for x in ["tpos64", "tpos32"]:
        add("torch", f"torch.{fn}({x})")
# torch: binary ops, category-first promotion, int division
for op in ["+", "-", "*", "/", "//", "%", "<", "=="]:
    for x, y in [("t64", "t32"), ("t32", "ti32"), ("ti32", "ti64"), ("ti8", "tu8"), ("t32", "tg32"), ("tb", "ti32"),
                 ("ti32", "tnz32")]:
        if op in ("//", "%") and y not in ("tnz32", "t32", "tg32"):
            continue
        add("torch", f"{x} {op} {y}")
for x in ["t32", "ti32", "ti8", "tu8", "tb"]:
    for s in ["2", "2.5", "-3", "True"]:
        add("torch", f"{x} * {s}")
add("torch", "torch.div(ti32, tnz32)")
add("torch", "torch.div(t32, 4.0, rounding_mode='floor')")
add("torch", "torch.true_divide(ti64, 3)")
add("torch", "torch.floor_divide(ti32, tnz32)")
add("torch", "torch.remainder(t64, 0.7)")
add("torch", "torch.pow(t64, 2)")
add("torch", "torch.add(t32, tg32, alpha=2)")
add("torch", "torch.sub(ti64, 1, alpha=3)")
# torch: reductions (dim/keepdim; std unbiased by default; integer sums widen to int64; mean of int raises)
for fn in ["sum", "mean", "prod", "std", "var", "amax", "amin", "argmax", "argmin"]:
    for x in ["t64", "t32", "ti32"]:
        for kw in ["", ", dim=0", ", dim=1, keepdim=True"]:
            if fn == "prod" and kw == "" and x == "ti32":
                pass
            add("torch", f"torch.{fn}({x}{kw})")
for expr in ["torch.std(t64, unbiased=False)", "torch.std(t64, dim=1, correction=0)", "torch.var(t32, dim=(0, 1))",
             "torch.sum(tb)", "torch.sum(t32, dtype=torch.float64)", "torch.cumsum(ti32, dim=1)", "torch.cumsum(t32, 0)",
             "torch.max(t64)", "torch.max(t64, 1)", "torch.max(t64, dim=0, keepdim=True)", "torch.max(t32, tg32)",
             "torch.min(t64, dim=1)", "torch.all(tb)", "torch.any(tb, dim=0)", "t64.mean(dim=0)", "t32.sum(1)",
             "t64.std()", "ti64.float().mean()", "t64.max()"]:
    add("torch", expr)
# torch: shapes, indexing, creation
for expr in ["torch.reshape(t32, (4, 3))", "t32.view(2, -1)", "t64.permute(1, 0)", "torch.transpose(t64, 0, 1)",
             "t64.T", "torch.squeeze(t64[:1])", "torch.squeeze(t64, 0)", "torch.unsqueeze(t64, -1)",
             "torch.cat([t64, t64], dim=1)", "torch.stack([t32, t32], 1)", "torch.flip(t64, dims=(0,))",
             "torch.flatten(t64)", "torch.flatten(torch.stack([t64, t64]), start_dim=1)", "t64[1]", "t64[:, 1:3]",
             "t64[..., None]", "t64[1, ::2]", "t64[[0, 2]]", "torch.where(tb, t64, torch.zeros_like(t64))",
             "torch.clamp(t64, -0.5, 0.5)", "torch.clamp(ti32, min=2, max=-2)", "torch.clamp(t32, max=0.0)",
             "torch.maximum(t32, tg32)", "torch.matmul(t64, t64.T)", "t32 @ tg32", "torch.softmax(t64, dim=1)",
             "torch.log_softmax(t32, dim=0)", "torch.nn.functional.softmax(t64, dim=-1)",
             "torch.nn.functional.relu(t32)", "torch.full((2, 2), 7)", "torch.full((2,), 1.5)", "torch.zeros(2, 3)",
             "torch.ones(3, dtype=torch.int32)", "torch.arange(5)", "torch.arange(1.0, 3.0, 0.5)",
             "torch.tensor([1, 2, 3])", "torch.tensor([1.5, 2.0])", "torch.tensor([[True, False]])",
             "torch.zeros_like(ti32)", "torch.ones_like(t32, dtype=torch.float64)", "t64.to(torch.float32)",
             "ti32.double()", "t32.long()", "t64 > 0", "-ti8", "~tb", "tb & tb", "abs(t64)"]:
    add("torch", expr)


def encode(value):
    if isinstance(value, torch.Tensor):
        value = value.numpy()
    if isinstance(value, (np.ndarray, np.generic)):
        a = np.asarray(value)
        names = {np.dtype(np.uint16): "u16", np.dtype(np.float64): "f64", np.dtype(np.float32): "f32", np.dtype(np.int64): "i64",
                 np.dtype(np.int32): "i32", np.dtype(np.int16): "i16", np.dtype(np.int8): "i8",
                 np.dtype(np.uint8): "u8", np.dtype(np.bool_): "bool", np.dtype(np.float16): "f16"}
        return {"dtype": names[a.dtype], "shape": list(a.shape), "hex": np.ascontiguousarray(a).tobytes().hex()}
    if isinstance(value, tuple):
        return {"tuple": [encode(v) for v in value]}
    return {"python": repr(value)}


scope = {}
exec(SETUP, scope)
for case in cases:
    try:
        case["expected"] = encode(eval(case["expr"], scope))
    except Exception as e:  # the real framework refuses: Polytrace must too
        case["expected"] = {"error": type(e).__name__}
json.dump({"setup": SETUP, "cases": cases}, sys.stdout)
