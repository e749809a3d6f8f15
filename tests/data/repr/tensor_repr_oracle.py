"""Oracle for tests/test_tensor_repr.cpp: prints JSON with, for every case, the exact values and
what the real numpy 1.24 and torch 1.13 print for them (repr/str/repr), plus golden strings for
TensorFlow, jax and ivy.

TensorFlow, jax and ivy are not installed here. Their repr functions are thin layers over numpy's
printing, so their goldens are computed by re-stating those layers below (read from the projects'
sources, see each function's comment) and running them on the real numpy arrays.

Run with Debian's /usr/bin/python3 (it has numpy and torch). Deterministic.
"""
import json
import math
import sys

import numpy as np
import torch

NP_DTYPES = {
    "bool": np.bool_, "uint8": np.uint8, "int8": np.int8, "int16": np.int16, "int32": np.int32,
    "int64": np.int64, "float16": np.float16, "float32": np.float32, "float64": np.float64,
}
FLOATS = ("float16", "bfloat16", "float32", "float64")


# ----------------------------------------------------------------------------------------------
# Goldens for frameworks that are not installed
# ----------------------------------------------------------------------------------------------

def tf_shape_text(shape):
    # tensorflow/python/framework/tensor_shape.py, TensorShape.__str__: "(n,)" for rank 1,
    # otherwise the dims joined by ", " in parentheses.
    if len(shape) == 1:
        return "(%s,)" % shape[0]
    return "(%s)" % ", ".join(str(d) for d in shape)


def tf_repr(arr):
    # tensorflow/python/framework/ops.py: _EagerTensorBase.__repr__ is
    # "<tf.Tensor: shape=%s, dtype=%s, %s>" % (shape, dtype.name, value_text(is_repr=True)), and
    # value_text is "numpy=" + numpy_text: repr of .numpy() (a numpy scalar for 0-d tensors),
    # with "\n" put in front when that text has a newline.
    value = arr[()] if arr.ndim == 0 else arr
    text = repr(value)
    if "\n" in text:
        text = "\n" + text
    return "<tf.Tensor: shape=%s, dtype=%s, numpy=%s>" % (tf_shape_text(arr.shape), arr.dtype.name, text)


def jax_repr(arr):
    # jax/_src/array.py, ArrayImpl.__repr__ (fully addressable, not weak-typed).
    prefix = "Array("
    dtype_str = "dtype=%s)" % arr.dtype.name
    line_width = np.get_printoptions()["linewidth"]
    if arr.size == 0:
        s = "[], shape=%s" % (arr.shape,)
    else:
        s = np.array2string(arr, prefix=prefix, suffix=",", separator=", ", max_line_width=line_width)
    last_line_len = len(s) - s.rfind("\n") + 1
    sep = " "
    if last_line_len + len(dtype_str) + 1 > line_width:
        sep = " " * len(prefix)
    return prefix + s + "," + sep + dtype_str


def ivy_sig_fig(x, sig_fig=10):
    # ivy/__init__.py, vec_sig_fig with the default ivy.array_significant_figures (10).
    if np.issubdtype(x.dtype, np.floating):
        x_positive = np.where(np.isfinite(x) & (x != 0), np.abs(x), 10 ** (sig_fig - 1))
        mags = 10 ** (sig_fig - 1 - np.floor(np.log10(x_positive)))
        return np.round(x * mags) / mags
    return x


def ivy_repr(arr):
    # ivy/data_classes/array/array.py, Array.__repr__ on CPU: numpy repr of the rounded values
    # under ivy.array_decimal_values (8), minus the last character, cut at ", dtype" and ", dev",
    # from the first "(" on, between "ivy.array" and ")".
    with np.errstate(all="ignore"):
        rep = np.array(ivy_sig_fig(arr)) if arr.size > 0 else np.array(arr)
    with np.printoptions(precision=8):
        r = repr(rep)[:-1].partition(", dtype")[0].partition(", dev")[0]
    return "ivy.array" + r[r.find("("):] + ")"


# ----------------------------------------------------------------------------------------------
# Cases
# ----------------------------------------------------------------------------------------------

CASES = []


def add(name, dtype, values, shape=None):
    if dtype == "bfloat16":
        t = torch.tensor(np.asarray(values, dtype=np.float64).tolist(), dtype=torch.bfloat16)
        if shape is not None:
            t = t.reshape(shape)
        CASES.append({"name": name, "dtype": dtype, "shape": list(t.shape),
                      "values": [float.hex(v) for v in t.float().reshape(-1).tolist()],
                      "torch_repr": repr(t)})
        return
    with np.errstate(all="ignore"):
        arr = np.array(values, dtype=NP_DTYPES[dtype])
    if shape is not None:
        arr = arr.reshape(shape)
    flat = arr.reshape(-1)
    if dtype in FLOATS:
        vals = [float.hex(float(v)) for v in flat]
    else:
        vals = [int(v) for v in flat]
    CASES.append({
        "name": name, "dtype": dtype, "shape": list(arr.shape), "values": vals,
        "numpy_repr": repr(arr), "numpy_str": str(arr),
        "torch_repr": repr(torch.from_numpy(arr.copy())),
        "tf_repr": tf_repr(arr), "jax_repr": jax_repr(arr), "ivy_repr": ivy_repr(arr),
    })


nan, inf = float("nan"), float("inf")
rs = np.random.RandomState(1234)

# Hand-picked: float formatting corner cases, for every float type.
for dt in ("float64", "float32", "float16"):
    add(f"{dt} simple", dt, [1., 2.])
    add(f"{dt} tenths", dt, [0.1, 0.2, 0.3])
    add(f"{dt} 0d 1.5", dt, 1.5)
    add(f"{dt} 0d 0.1", dt, 0.1)
    add(f"{dt} 0d 1e-5", dt, 1e-5)
    add(f"{dt} 0d -0.", dt, -0.0)
    add(f"{dt} 0d nan", dt, nan)
    add(f"{dt} 0d -inf", dt, -inf)
    add(f"{dt} 0d 2.", dt, 2.0)
    add(f"{dt} 1e-4 edge", dt, [1e-4, 0.5])
    add(f"{dt} small exp", dt, [1e-5, 1.0])
    add(f"{dt} ratio 1000", dt, [1.0, 1000.0])
    add(f"{dt} ratio 1000.5", dt, [1.0, 1000.5])
    add(f"{dt} ratio 1001", dt, [1.5, 1001.5])
    add(f"{dt} nonfinite", dt, [nan, 1.5, -inf, inf])
    add(f"{dt} nonfinite exp", dt, [nan, 1e-6, -inf, 3.0])
    add(f"{dt} all nan", dt, [nan, nan])
    add(f"{dt} inf only", dt, [inf, -inf])
    add(f"{dt} zeros", dt, [0.0, -0.0, 0.0])
    add(f"{dt} neg zero mixed", dt, [-0.0, 1.25, -2.5])
    add(f"{dt} integers", dt, [1.0, -2.0, 300.0])
    add(f"{dt} randn", dt, rs.randn(10))
    add(f"{dt} randn 3x4", dt, rs.randn(3, 4))
    add(f"{dt} randn 2x3x4", dt, rs.randn(2, 3, 4))
    add(f"{dt} randn 2x2x2x2", dt, rs.randn(2, 2, 2, 2))
    add(f"{dt} exp wrap", dt, rs.randn(20) * 1e-5)
    add(f"{dt} wide rows", dt, rs.randn(4, 13) * 100)
    add(f"{dt} halves", dt, [0.5, 0.25, 0.125, 0.0625])
    add(f"{dt} thirds", dt, [1 / 3, 2 / 3, 4 / 3])
    add(f"{dt} carry", dt, [9.999999999, 0.9999999999, 99.99999999])
    add(f"{dt} empty", dt, [])
    add(f"{dt} empty 2x0", dt, np.zeros((2, 0)))
    add(f"{dt} empty 0x3x2", dt, np.zeros((0, 3, 2)))
    add(f"{dt} summarised 1d", dt, rs.randn(1001))
    add(f"{dt} summarised 2d", dt, rs.randn(40, 40))
    add(f"{dt} summarised 3d", dt, rs.randn(10, 11, 12))
    add(f"{dt} summarised 4d", dt, rs.randn(2, 3, 7, 30))
    add(f"{dt} summarised narrow", dt, rs.randn(3, 400))
    add(f"{dt} column", dt, rs.randn(6, 1))

add("float64 notebook", "float64", [-0.36293708, 0.53895184, -0.07048605, -0.38424253, -1.04139636,
                                    0.16331669, -0.96587166, 1.49617496, 1.88587438, -1.25938418])
add("float64 0d 1e20", "float64", 1e20)
add("float64 0d 1e16", "float64", 1e16)
add("float64 0d 9999999999999998", "float64", 9999999999999998.0)
add("float64 0d 123456789", "float64", 123456789.0)
add("float64 0d pi", "float64", math.pi)
add("float64 1e8 max", "float64", [1e8, 1.0])
add("float64 just below 1e8", "float64", [99999999.0, 1.5])
add("float64 extremes", "float64", [1e300, 1e-300])
add("float64 subnormal", "float64", [5e-324, 1.0])
add("float64 max", "float64", [1.7976931348623157e308, -1.0])
add("float64 exp3", "float64", [1e-100, 1e100])
add("float64 tie 2^-9", "float64", [0.001953125, 0.5])
add("float64 many digits", "float64", [123456.789012345, 0.000123456789012])
add("float64 arange", "float64", np.arange(12.0).reshape(3, 4))
add("float64 linspace", "float64", np.linspace(0, 1, 10))
add("float64 big ints", "float64", [1e15, 2.0, -3.0])
add("float64 2d nan", "float64", [[nan, 1.0], [2.0, -inf]])
add("float64 long 1d", "float64", rs.randn(60) * 1000)
add("float64 summarised exactly", "float64", rs.randn(1000))
add("float64 summarised ints", "float64", np.arange(2000.0))
add("float64 4d", "float64", rs.randn(2, 3, 2, 5))
add("float32 1e-4 scalar", "float32", 1e-4)
add("float32 ratio rounding", "float32", [1.0000001, 1000.000122])
add("float32 min_digits", "float32", [67108872.0, 1.5])
add("float32 16777217", "float32", [16777216.0, 16777218.0, 0.5])
add("float32 max", "float32", [3.4028235e38, 1.0])
add("float32 subnormal", "float32", [1e-45, 1.0])
add("float32 0d 1e20", "float32", 1e20)
add("float32 0d 3.4e38", "float32", 3.4028235e38)
add("float32 pi digits", "float32", [math.pi, math.e, 1 / 3])
add("float16 max", "float16", [65504.0, 1.0])
add("float16 subnormal", "float16", [6e-8, 1.0])
add("float16 overflow ratio", "float16", [65504.0, 6e-8])
add("float16 ratio 1000.2", "float16", [1.0, 1000.2])
add("float16 0d 65504", "float16", 65504.0)
add("float16 0d 6e-8", "float16", 6e-8)
add("float16 pi", "float16", [math.pi, math.e])

add("float32 min_digits positional", "float32", [67108872.0, 1e5])
add("float64 1e-4 exactly", "float64", [1e-4, 0.5])
add("float64 9 decimals", "float64", [0.123456789, 1.0, 2.000000005])
add("float64 int mode nan", "float64", [nan, 1.0, 2.0])
add("float64 int mode sci", "float64", [1e10, 1.0])
add("float64 int mode ratio", "float64", [1.0, 2000.0, -3.0])
add("float64 six rows", "float64", rs.randn(6, 200))
add("float64 seven rows", "float64", rs.randn(7, 150))

# Line-length thresholds: where rows wrap, where numpy's ", dtype=" moves to its own line and
# where torch's suffix does.
for n in range(1, 31):
    add(f"float32 length {n}", "float32", rs.randn(n) * 10)
    add(f"int32 length {n}", "int32", rs.randint(-999, 1000, size=n))
    add(f"float16 length {n} x2", "float16", rs.randn(2, n))

# Integers and bools.
INT_RANGES = {"uint8": (0, 255), "int8": (-128, 127), "int16": (-32768, 32767),
              "int32": (-2 ** 31, 2 ** 31 - 1), "int64": (-2 ** 63, 2 ** 63 - 1)}
for dt, (lo, hi) in INT_RANGES.items():
    add(f"{dt} arange", dt, np.arange(10) % (hi + 1))
    add(f"{dt} extremes", dt, [lo, 0, hi])
    add(f"{dt} 0d", dt, 7)
    add(f"{dt} 0d min", dt, lo)
    add(f"{dt} empty", dt, np.zeros(0))
    add(f"{dt} empty 3x0", dt, np.zeros((3, 0)))
    add(f"{dt} 2d", dt, rs.randint(max(lo, -100), min(hi, 100) + 1, size=(3, 5)))
    add(f"{dt} 3d", dt, rs.randint(max(lo, -100), min(hi, 100) + 1, size=(2, 3, 4)))
    add(f"{dt} summarised", dt, np.arange(2000).reshape(40, 50) % (hi + 1))
    add(f"{dt} long row", dt, rs.randint(lo // 2, hi // 2 + 1, size=40, dtype=np.int64))
add("int64 big", "int64", [10 ** 15, -(10 ** 15), 3])
add("int64 1001", "int64", np.arange(1001))
add("int32 4d", "int32", np.arange(-60, 60).reshape(2, 3, 4, 5))
add("bool pair", "bool", [True, False])
add("bool all true", "bool", [True, True])
add("bool 0d true", "bool", True)
add("bool 0d false", "bool", False)
add("bool empty", "bool", [])
add("bool empty 0x2", "bool", np.zeros((0, 2)))
add("bool 2d", "bool", rs.rand(3, 4) > 0.5)
add("bool long", "bool", rs.rand(30) > 0.5)
add("bool summarised", "bool", rs.rand(1500) > 0.5)
add("bool 3d", "bool", rs.rand(2, 2, 3) > 0.5)

# bfloat16: only torch prints it here (numpy has no bfloat16).
add("bfloat16 simple", "bfloat16", [1.0, 2.5, -3.0])
add("bfloat16 randn", "bfloat16", rs.randn(2, 5))
add("bfloat16 0d", "bfloat16", 0.1)
add("bfloat16 exp", "bfloat16", [1e-6, 1e10, nan])
add("bfloat16 empty", "bfloat16", [])
add("bfloat16 summarised", "bfloat16", rs.randn(1200))

# Random: dtypes x shapes x value distributions.
SHAPES = [(), (1,), (5,), (17,), (2, 3), (4, 1), (1, 7), (3, 3, 3), (2, 1, 2, 3), (0,), (8, 9),
          (1001,), (2, 600), (11, 10, 10)]
RANDOM_DTYPES = ["float64", "float32", "float16", "int64", "int32", "int16", "int8", "uint8", "bool"]


def random_values(dt, n):
    if dt == "bool":
        return rs.rand(n) > 0.5
    if dt in INT_RANGES:
        lo, hi = INT_RANGES[dt]
        span = [10, 1000, 10 ** 6, 10 ** 12][rs.randint(4)]
        return rs.randint(max(lo, -span), min(hi, span) + 1, size=n, dtype=np.int64)
    kind = rs.randint(6)
    if kind == 0:
        v = rs.randn(n) * 10.0 ** rs.uniform(-8, 10)
    elif kind == 1:
        v = np.round(rs.randn(n) * 10.0 ** rs.randint(0, 6))
    elif kind == 2:
        v = rs.uniform(0, 1, n) * 10.0 ** rs.randint(-3, 4)
    elif kind == 3:
        v = rs.randn(n) * 10.0 ** rs.uniform(-6, 6, n)
    elif kind == 4:
        v = np.round(rs.randn(n) * 100) / 8
    else:
        v = rs.randn(n)
    if n > 0 and rs.rand() < 0.25:
        v[rs.randint(n)] = [nan, inf, -inf, 0.0, -0.0][rs.randint(5)]
    return v


for k in range(170):
    dt = RANDOM_DTYPES[rs.randint(len(RANDOM_DTYPES))]
    shape = SHAPES[rs.randint(len(SHAPES))]
    n = int(np.prod(shape)) if shape else 1
    vals = random_values(dt, n)
    add(f"random {k} {dt} {shape}", dt, np.asarray(vals).reshape(shape))


# Digit-generation sweep: every finite float16, and random float32/float64 bit patterns (all
# exponents, subnormals included), each as str() of a 0-d array (shortest round-trip digits in
# its own type) and repr() of a one-element array (8-digit cutoff, exponent layout), plus torch's
# repr of the same one-element tensor.
def sweep_values():
    out = []
    half = np.arange(0, 1 << 16, dtype=np.uint32).astype(np.uint16).view(np.float16)
    out += [("float16", v) for v in half[np.isfinite(half)]]
    f32 = rs.randint(0, 1 << 32, size=6000, dtype=np.uint64).astype(np.uint32).view(np.float32)
    out += [("float32", v) for v in f32[np.isfinite(f32)]]
    f64 = rs.randint(0, 1 << 63, size=6000, dtype=np.uint64).view(np.float64)
    f64 = np.where(rs.rand(6000) < 0.5, -f64, f64)
    out += [("float64", v) for v in f64[np.isfinite(f64)]]
    # Short decimals, where shortest digits and the exact binary value differ most visibly.
    dec = np.array([round(float(rs.randn()) * 10.0 ** rs.randint(-6, 9), int(rs.randint(0, 8)))
                    for _ in range(3000)])
    for dt in ("float16", "float32", "float64"):
        with np.errstate(all="ignore"):
            out += [(dt, v) for v in dec.astype(NP_DTYPES[dt]) if np.isfinite(v)]
    return out


SWEEP = []
for dt, v in sweep_values():
    one = np.array([v], dtype=NP_DTYPES[dt])
    entry = {"dtype": dt, "value": float.hex(float(v)), "str0d": str(np.array(v, dtype=NP_DTYPES[dt])),
             "repr1": repr(one)}
    if dt != "float16" or len(SWEEP) % 8 == 0:  # torch repr is slow; float16 sampled
        entry["torch1"] = repr(torch.from_numpy(one))
    SWEEP.append(entry)

json.dump({"numpy": np.__version__, "torch": torch.__version__, "cases": CASES, "sweep": SWEEP}, sys.stdout)
