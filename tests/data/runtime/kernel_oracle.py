"""Oracle for test_runtime: each runtime kernel against real numpy (or torch where the IR follows
torch, e.g. the CPU generator streams and arange's values).

A case is an IR op with typed attributes, input tensors, and the expected output computed here
by the real library, written with the IR's conventions (ops.def, TypeRules.cpp): e.g. sum keeps
the input dtype, so the oracle is np.sum(x, dtype=x.dtype). Tensors travel as raw little-endian
bytes in hex, so every dtype (bf16, NaN payloads, -0.0) arrives exactly.

Prints JSON {"cases": [...], "conversions": [...]}.
"""
import json
import math
import sys
import warnings

import numpy as np
import torch

warnings.simplefilter("ignore")
torch.set_num_threads(1)

IR_DTYPES = {
    np.dtype(np.bool_): "bool", np.dtype(np.uint8): "u8", np.dtype(np.int8): "i8",
    np.dtype(np.int16): "i16", np.dtype(np.int32): "i32", np.dtype(np.int64): "i64",
    np.dtype(np.float16): "f16", np.dtype(np.float32): "f32", np.dtype(np.float64): "f64",
}
NUMPY_DTYPES = {v: k for k, v in IR_DTYPES.items()}


class DT:
    """A dtype attribute (IR short name)."""
    def __init__(self, name):
        self.name = name


class Floats(list):
    """A float-list attribute (a plain list is an int list)."""


def encode_attr(v):
    if v is None:
        return ["none", None]
    if isinstance(v, DT):
        return ["dtype", v.name]
    if isinstance(v, bool):
        return ["bool", v]
    if isinstance(v, int):
        return ["int", v]
    if isinstance(v, float):
        return ["float", v.hex()]
    if isinstance(v, Floats):
        return ["floats", [float(x).hex() for x in v]]
    if isinstance(v, list):
        return ["ints", [int(x) for x in v]]
    raise TypeError(v)


def encode_tensor(t):
    if isinstance(t, torch.Tensor):
        if t.dtype == torch.bfloat16:
            return {"dtype": "bf16", "shape": list(t.shape),
                    "hex": t.contiguous().view(torch.int16).numpy().tobytes().hex()}
        t = t.numpy()
    a = np.array(t, order="C")  # ascontiguousarray would turn 0-d into 1-d
    return {"dtype": IR_DTYPES[a.dtype], "shape": list(a.shape), "hex": a.astype(a.dtype.newbyteorder("<")).tobytes().hex()}


CASES = []


def case(op, inputs, attrs, expect, name="", seed=None, rtol=None):
    """expect: a function of the inputs returning the expected output (numpy array or torch tensor)."""
    if seed is not None:
        torch.manual_seed(seed)
    out = expect(*inputs)
    CASES.append({
        "op": op,
        "name": name,
        "attrs": {k: encode_attr(v) for k, v in attrs.items()},
        "inputs": [encode_tensor(x) for x in inputs],
        "expected": encode_tensor(out),
        "seed": seed,
        "rtol": rtol,
    })


rng = np.random.default_rng(20240601)


def f64(*shape):
    return rng.standard_normal(shape)


def f32(*shape):
    return rng.standard_normal(shape).astype(np.float32)


def ints(lo, hi, *shape, dtype=np.int64):
    return rng.integers(lo, hi, shape).astype(dtype)


def bools(*shape):
    return rng.integers(0, 2, shape).astype(np.bool_)


def pos(*shape, dtype=np.float64):
    return (rng.random(shape) * 4 + 0.05).astype(dtype)


def t(a):
    return torch.from_numpy(np.ascontiguousarray(a))


def tn(x):
    """torch → numpy for oracles computed by torch."""
    return x.numpy()


SPECIAL = np.array([np.nan, -np.inf, -2.5, -1.5, -0.5, -0.0, 0.0, 0.5, 1.5, 2.5, 3.7, np.inf])
HALVES = np.array([-3.5, -2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 3.5, 4.5, -0.49999999999999994, 2.675])


def creation():
    case("constant", [], {"value": Floats([1.5, -2.25, math.nan, math.inf]), "shape": [2, 2], "dtype": DT("f64")},
         lambda: np.array([1.5, -2.25, np.nan, np.inf]).reshape(2, 2), "f64 with nan/inf")
    case("constant", [], {"value": Floats([0.1, 1 / 3, 1e40, -1e-50]), "shape": [4], "dtype": DT("f32")},
         lambda: np.array([0.1, 1 / 3, 1e40, -1e-50]).astype(np.float32), "f32 rounding and overflow")
    case("constant", [], {"value": Floats([0.1, 65504.0, 1e-7, 7e4, 2049.0, 2051.0, -0.0, 5.96e-8]), "shape": [8],
                          "dtype": DT("f16")},
         lambda: np.array([0.1, 65504.0, 1e-7, 7e4, 2049.0, 2051.0, -0.0, 5.96e-8]).astype(np.float16),
         "f16 ties, subnormals, overflow")
    bf = [0.1, 1.0 + 2 ** -8, 1.0 + 3 * 2 ** -8, 3.0e38, -2.5, 1e-40]
    case("constant", [], {"value": Floats(bf), "shape": [6], "dtype": DT("bf16")},
         lambda: torch.tensor(np.array(bf, dtype=np.float32)).to(torch.bfloat16), "bf16 ties (f32-exact values)")
    case("constant", [], {"value": [1, -2, 2 ** 40], "shape": [3], "dtype": DT("i64")},
         lambda: np.array([1, -2, 2 ** 40], dtype=np.int64), "i64")
    case("constant", [], {"value": [127, -128, 300, -1], "shape": [2, 2], "dtype": DT("i8")},
         lambda: np.array([127, -128, 300, -1], dtype=np.int64).astype(np.int8).reshape(2, 2), "i8 wraps")
    case("constant", [], {"value": [0, 255, 256, -1], "shape": [4], "dtype": DT("u8")},
         lambda: np.array([0, 255, 256, -1], dtype=np.int64).astype(np.uint8), "u8 wraps")
    case("constant", [], {"value": [0, 1, 2, -1], "shape": [4], "dtype": DT("bool")},
         lambda: np.array([0, 1, 2, -1]).astype(np.bool_), "bool from ints")
    case("constant", [], {"value": Floats([2.5]), "shape": [], "dtype": DT("f32")},
         lambda: np.array(2.5, dtype=np.float32), "0-d")
    case("constant", [], {"value": [7], "shape": [], "dtype": DT("f64")},
         lambda: np.array(7.0), "int value, float dtype")
    case("constant", [], {"value": [], "shape": [0, 3], "dtype": DT("i32")},
         lambda: np.zeros((0, 3), dtype=np.int32), "empty")

    case("full", [], {"shape": [2, 3], "value": 2.5, "dtype": DT("f32")},
         lambda: np.full((2, 3), 2.5, dtype=np.float32))
    case("full", [], {"shape": [4], "value": 7, "dtype": DT("i64")}, lambda: np.full(4, 7, dtype=np.int64))
    case("full", [], {"shape": [3], "value": 0.1, "dtype": DT("f16")}, lambda: np.full(3, 0.1, dtype=np.float16))
    case("full", [], {"shape": [2], "value": True, "dtype": DT("bool")}, lambda: np.full(2, True))
    case("full", [], {"shape": [], "value": -3, "dtype": DT("f64")}, lambda: np.array(-3.0), "0-d")
    case("full", [], {"shape": [2, 0], "value": 1.0, "dtype": DT("f64")}, lambda: np.ones((2, 0)), "empty")
    case("full_like", [f32(2, 3)], {"value": 0.0}, lambda x: np.zeros_like(x), "zeros_like keeps the dtype")
    case("full_like", [ints(0, 9, 4)], {"value": 2.5, "dtype": DT("f64")}, lambda x: np.full_like(x, 2.5, dtype=np.float64),
         "explicit dtype")
    case("full_like", [bools(2, 2)], {"value": 1.0}, lambda x: np.ones_like(x), "bool")

    # torch's own linspace values (its halfway split differs from numpy's in the last bit).
    case("linspace", [], {"start": -5.5, "stop": 5.5, "num": 12, "dtype": DT("f32"), "shape": [12]},
         lambda: torch.linspace(-5.5, 5.5, 12, dtype=torch.float32), "f32 torch's values")
    case("linspace", [], {"start": 0.5, "stop": 20.499999, "num": 37, "dtype": DT("f32"), "shape": [37]},
         lambda: torch.linspace(0.5, 20.499999, 37, dtype=torch.float32), "f32 longer than a vector")
    case("linspace", [], {"start": -1.0, "stop": 1.0, "num": 5, "dtype": DT("f64"), "shape": [5]},
         lambda: torch.linspace(-1.0, 1.0, 5, dtype=torch.float64), "f64")
    case("linspace", [], {"start": 2.0, "stop": 2.0, "num": 1, "dtype": DT("f32"), "shape": [1]},
         lambda: torch.linspace(2.0, 2.0, 1), "one step")
    case("arange", [], {"start": 0, "stop": 10, "step": 1, "dtype": DT("i64")},
         lambda: np.arange(0, 10, 1, dtype=np.int64))
    case("arange", [], {"start": 10, "stop": 0, "step": -3, "dtype": DT("i32")},
         lambda: np.arange(10, 0, -3, dtype=np.int32), "negative step")
    case("arange", [], {"start": 5, "stop": 5, "step": 1, "dtype": DT("i64")},
         lambda: np.arange(5, 5, dtype=np.int64), "empty")
    case("arange", [], {"start": 0.5, "stop": 3.0, "step": 0.5, "dtype": DT("f64")},
         lambda: tn(torch.arange(0.5, 3.0, 0.5, dtype=torch.float64)))
    case("arange", [], {"start": -1.0, "stop": 1.0, "step": 0.3, "dtype": DT("f32")},
         lambda: tn(torch.arange(-1.0, 1.0, 0.3, dtype=torch.float32)), "f32 like torch")
    case("arange", [], {"start": 0.0, "stop": 1.0, "step": 0.1, "dtype": DT("f64")},
         lambda: tn(torch.arange(0.0, 1.0, 0.1, dtype=torch.float64)), "0.1 steps")
    case("arange", [], {"start": 2 ** 52, "stop": 2 ** 52 + 3, "step": 1, "dtype": DT("i64")},
         lambda: np.arange(2 ** 52, 2 ** 52 + 3, dtype=np.int64), "large ints")

    for seed, shape, dt, tdt in [(0, [5], "f32", torch.float32), (42, [3, 4], "f64", torch.float64),
                                 (1, [20], "f32", torch.float32), (123, [2, 17], "f64", torch.float64)]:
        case("rand_uniform", [], {"shape": shape, "dtype": DT(dt)},
             lambda shape=shape, tdt=tdt: torch.rand(shape, dtype=tdt), f"seed {seed}", seed=seed)
    for seed, shape, dt, tdt in [(0, [5], "f32", torch.float32), (7, [17], "f64", torch.float64),
                                 (3, [4, 5], "f32", torch.float32), (2, [3], "f64", torch.float64)]:
        case("rand_normal", [], {"shape": shape, "dtype": DT(dt)},
             lambda shape=shape, tdt=tdt: torch.randn(shape, dtype=tdt), f"seed {seed}", seed=seed)


def unary():
    both = [("f64", f64(3, 4)), ("f32", f32(5))]
    for name, x in both + [("i32", ints(-50, 50, 6, dtype=np.int32)), ("i8", ints(-100, 100, 4, dtype=np.int8))]:
        case("neg", [x], {}, np.negative, name)
    for name, x in [("f64 signed zeros", np.array([-0.0, 0.0, -3.5, 2.0])), ("i64", ints(-9, 9, 2, 3)),
                    ("i16", ints(-300, 300, 5, dtype=np.int16)), ("f32", f32(3))]:
        case("abs", [x], {}, np.abs, name)
    case("sign", [SPECIAL], {}, np.sign, "f64 keeps NaN")
    case("sign", [ints(-3, 4, 7, dtype=np.int32)], {}, np.sign, "i32")
    case("sign", [f32(6)], {}, np.sign, "f32")

    numpy_unary = [("exp", np.exp, f64(4, 3)), ("log", np.log, pos(6)), ("log1p", np.log1p, pos(5)),
                   ("expm1", np.expm1, f64(5) * 1e-3), ("sqrt", np.sqrt, pos(7)),
                   ("reciprocal", np.reciprocal, f64(4)), ("sin", np.sin, f64(6) * 10), ("cos", np.cos, f64(6) * 10),
                   ("tan", np.tan, f64(5)), ("tanh", np.tanh, f64(5) * 3)]
    for op, fn, x in numpy_unary:
        case(op, [x], {}, fn, "f64")
        case(op, [x.astype(np.float32)], {}, fn, "f32")
    unit = rng.random(7) * 1.98 - 0.99
    for op, fn, x in [("asin", np.arcsin, unit), ("acos", np.arccos, unit), ("atan", np.arctan, f64(6) * 5),
                      ("sinh", np.sinh, f64(6) * 3), ("cosh", np.cosh, f64(6) * 3), ("asinh", np.arcsinh, f64(6) * 5),
                      ("acosh", np.arccosh, pos(6) + 1), ("atanh", np.arctanh, unit), ("log2", np.log2, pos(6)),
                      ("log10", np.log10, pos(6))]:
        case(op, [x], {}, fn, "f64")
        case(op, [x.astype(np.float32)], {}, fn, "f32")
    edges = np.array([np.nan, -np.inf, -2.0, -1.0, -0.0, 0.0, 1e-300, 1.0, 2.0, np.inf])
    for op, fn in [("asin", np.arcsin), ("acos", np.arccos), ("atan", np.arctan), ("sinh", np.sinh), ("cosh", np.cosh),
                   ("asinh", np.arcsinh), ("acosh", np.arccosh), ("atanh", np.arctanh), ("log2", np.log2),
                   ("log10", np.log10)]:
        case(op, [edges], {}, fn, "f64 domain edges, nan, inf")
    case("log", [np.array([0.0, -1.0, np.inf, np.nan, 1.0])], {}, np.log, "f64 edge values")
    case("sqrt", [np.array([-1.0, 0.0, -0.0, np.inf])], {}, np.sqrt, "f64 edge values")
    case("exp", [np.array([-np.inf, 710.0, np.nan], dtype=np.float64)], {}, np.exp, "overflow and nan")
    case("rsqrt", [pos(6)], {}, lambda x: 1 / np.sqrt(x), "f64")
    case("rsqrt", [pos(6, dtype=np.float32)], {}, lambda x: 1 / np.sqrt(x), "f32")
    case("rsqrt", [np.array([0.0, -1.0, np.inf])], {}, lambda x: tn(torch.rsqrt(t(x))), "edge values")
    case("sigmoid", [f64(7) * 5], {}, lambda x: 1 / (1 + np.exp(-x)), "f64")
    case("sigmoid", [f32(7) * 5], {}, lambda x: tn(torch.sigmoid(t(x))), "f32")
    case("erf", [f64(8) * 2], {}, lambda x: np.vectorize(math.erf)(x), "f64")
    case("erf", [f32(8) * 2], {}, lambda x: np.vectorize(math.erf)(x.astype(np.float64)).astype(np.float32), "f32")

    half = (f64(6)).astype(np.float16)
    case("exp", [half], {}, np.exp, "f16")
    case("erf", [half], {}, lambda x: np.vectorize(math.erf)(x.astype(np.float32)).astype(np.float16),
         "f16 (ATen lacks it: float32 then round)")
    case("sqrt", [t(pos(5, dtype=np.float32)).to(torch.bfloat16)], {}, torch.sqrt, "bf16")
    case("exp", [t(f32(5)).to(torch.bfloat16)], {}, torch.exp, "bf16")

    case("square", [f64(5)], {}, np.square, "f64")
    case("square", [ints(-1000, 1000, 5, dtype=np.int32)], {}, np.square, "i32")
    case("square", [bools(4)], {}, lambda x: x, "bool stays bool")
    case("relu", [np.array([np.nan, -1.0, -0.0, 0.0, 2.0])], {}, lambda x: np.where(x > 0, x, np.where(np.isnan(x), x, 0.0)),
         "f64 with nan")
    case("relu", [ints(-5, 5, 8, dtype=np.int32)], {}, lambda x: np.maximum(x, 0), "i32")
    case("relu", [f32(6)], {}, lambda x: np.maximum(x, 0), "f32")
    for op, fn in [("floor", np.floor), ("ceil", np.ceil), ("round", np.round)]:
        case(op, [SPECIAL], {}, fn, "f64 specials")
        case(op, [HALVES.astype(np.float32)], {}, fn, "f32 halves")
        case(op, [ints(-9, 9, 5, dtype=np.int32)], {}, lambda x: x, "i32 unchanged")
    case("round", [HALVES], {}, np.round, "f64 half to even")
    case("round", [HALVES.astype(np.float16)], {}, np.round, "f16 half to even")
    case("isnan", [SPECIAL], {}, np.isnan, "f64")
    case("isnan", [SPECIAL.astype(np.float32)], {}, np.isnan, "f32")
    case("isnan", [ints(0, 5, 3, dtype=np.int32)], {}, np.isnan, "i32")
    case("logical_not", [bools(6)], {}, np.logical_not, "bool")
    case("logical_not", [np.array([0, 3, -1], dtype=np.int32)], {}, np.logical_not, "i32")
    case("logical_not", [np.array([np.nan, 0.0, -0.0, 2.0])], {}, np.logical_not, "f64 nan is true")

    casts = [(np.array([-2.7, -0.5, 0.5, 2.7, 1e9]), "i32", "f64 to i32 truncates"),
             (np.array([0.1, 65519.0, 65520.0, 1e-8, np.nan]), "f16", "f64 to f16"),
             (f32(4), "f64", "f32 to f64"),
             (np.array([2 ** 53 + 1, -3, 7], dtype=np.int64), "f32", "i64 to f32"),
             (bools(5), "f32", "bool to f32"),
             (np.array([np.nan, 0.0, -0.0, 0.25, -np.inf]), "bool", "f64 to bool"),
             (np.array([-1, 256, 255, 1000], dtype=np.int32), "u8", "i32 to u8 wraps"),
             (np.array([-129, 128, 5], dtype=np.int64), "i8", "i64 to i8 wraps"),
             (np.array([1.5, -2.25, 3.0], dtype=np.float16), "f64", "f16 to f64")]
    for x, dt, name in casts:
        case("cast", [x], {"dtype": DT(dt)}, lambda x, dt=dt: x.astype(NUMPY_DTYPES[dt]), name)
    case("cast", [f32(4)], {"dtype": DT("bf16")}, lambda x: t(x).to(torch.bfloat16), "f32 to bf16")
    case("cast", [t(f32(4)).to(torch.bfloat16)], {"dtype": DT("f64")}, lambda x: x.to(torch.float64), "bf16 to f64")


def binary():
    for op, fn in [("add", np.add), ("sub", np.subtract), ("mul", np.multiply)]:
        case(op, [f64(3, 1), f64(4)], {}, fn, "f64 broadcast [3,1] [4]")
        case(op, [f32(2, 3), f32(2, 3)], {}, fn, "f32")
        case(op, [ints(-99, 99, 2, 3, dtype=np.int32), ints(-99, 99, 3, dtype=np.int32)], {}, fn, "i32 broadcast")
        case(op, [np.array([127, -128, 100], dtype=np.int8), np.array([1, 1, 100], dtype=np.int8)], {}, fn, "i8 wraps")
        case(op, [np.array([0, 255, 7], dtype=np.uint8), np.array([1, 1, 9], dtype=np.uint8)], {}, fn, "u8 wraps")
        case(op, [np.array(2.5), f64(3)], {}, fn, "0-d operand")
    case("add", [bools(2, 3), bools(2, 3)], {}, np.add, "bool is logical or")
    case("mul", [bools(5), bools(5)], {}, np.multiply, "bool is logical and")
    case("div", [f64(3, 4), f64(4)], {}, np.divide, "f64")
    case("div", [np.array([1.0, -1.0, 0.0, np.inf]), np.array([0.0, 0.0, 0.0, np.inf])], {}, np.divide, "by zero")
    case("div", [f32(5), f32(5)], {}, np.divide, "f32")
    a = np.array([-7, 7, -7, 7, 0, -1, 6], dtype=np.int64)
    b = np.array([2, 2, -2, -2, 3, 5, -3], dtype=np.int64)
    case("floor_div", [a, b], {}, np.floor_divide, "i64 negative operands")
    case("floor_div", [a.astype(np.int32), b.astype(np.int32)], {}, np.floor_divide, "i32")
    fa = np.array([-7.5, 7.5, -7.5, 7.5, 1.0, -1.0, 0.0, 0.3, -0.0])
    fb = np.array([2.0, 2.0, -2.0, -2.0, 0.0, 0.0, 0.0, 0.1, 3.0])
    case("floor_div", [fa, fb], {}, np.floor_divide, "f64 negative and zero divisors")
    case("floor_div", [fa.astype(np.float32), fb.astype(np.float32)], {}, np.floor_divide, "f32")
    case("remainder", [a, b], {}, np.remainder, "i64 sign of divisor")
    case("remainder", [a.astype(np.int16), b.astype(np.int16)], {}, np.remainder, "i16")
    case("remainder", [fa, fb], {}, np.remainder, "f64 sign of divisor, zero divisor nan")
    case("remainder", [f32(6) * 10, np.float32(3.0) * np.ones(6, np.float32)], {}, np.remainder, "f32")
    case("fmod", [a, b], {}, np.fmod, "i64 sign of dividend")
    case("fmod", [fa, np.array([2.0, 2.0, -2.0, -2.0, 0.5, 0.5, 0.7, 0.1, 3.0])], {}, np.fmod, "f64 sign of dividend")
    case("fmod", [f32(6) * 10, np.float32(1.0) * np.ones(6, np.float32)], {}, np.fmod, "f32 fractional part")
    u8 = ints(0, 256, 8, dtype=np.uint8)
    case("bitwise_and", [u8, np.full(8, 224, dtype=np.uint8)], {}, np.bitwise_and, "u8 mask")
    case("bitwise_and", [ints(-99, 99, 2, 3), ints(-99, 99, 3)], {}, np.bitwise_and, "i64 negative, broadcast")
    case("bitwise_or", [u8, np.full(8, 3, dtype=np.uint8)], {}, np.bitwise_or, "u8")
    case("bitwise_or", [ints(-99, 99, 5, dtype=np.int32), ints(-99, 99, 5, dtype=np.int32)], {}, np.bitwise_or, "i32")
    case("bitwise_xor", [u8, np.full(8, 90, dtype=np.uint8)], {}, np.bitwise_xor, "u8")
    case("bitwise_xor", [ints(-99, 99, 2, 3), ints(-99, 99, 3)], {}, np.bitwise_xor, "i64 negative, broadcast")
    case("bitwise_xor", [bools(6), bools(6)], {}, np.bitwise_xor, "bool")
    case("bitwise_not", [u8], {}, np.invert, "u8")
    case("bitwise_not", [ints(-99, 99, 5, dtype=np.int32)], {}, np.invert, "i32")
    case("bitwise_not", [ints(-99, 99, 2, 2, dtype=np.int8)], {}, np.invert, "i8")
    case("bitwise_not", [bools(5)], {}, np.invert, "bool is logical not")
    case("pow", [pos(5), f64(5)], {}, np.power, "f64")
    case("pow", [np.array([-8.0, -2.0, 0.0, 0.0, np.nan, 1.0]), np.array([1 / 3, 2.0, 0.0, -1.0, 0.0, np.nan])], {},
         np.power, "f64 edge values")
    case("pow", [ints(-4, 5, 6), ints(0, 6, 6)], {}, np.power, "i64 non-negative exponents")
    case("pow", [pos(4, dtype=np.float32), f32(4)], {}, np.power, "f32")
    nan_a = np.array([np.nan, 1.0, np.nan, -0.0, 2.0, -np.inf])
    nan_b = np.array([1.0, np.nan, np.nan, 0.0, 3.0, 5.0])
    case("maximum", [nan_a, nan_b], {}, np.maximum, "f64 NaN propagates")
    case("minimum", [nan_a, nan_b], {}, np.minimum, "f64 NaN propagates")
    case("maximum", [f32(3, 1), f32(1, 4)], {}, np.maximum, "f32 broadcast")
    case("minimum", [ints(-9, 9, 5, dtype=np.int32), ints(-9, 9, 5, dtype=np.int32)], {}, np.minimum, "i32")
    case("maximum", [bools(4), bools(4)], {}, np.maximum, "bool")
    case("atan2", [np.array([0.0, -0.0, 0.0, -0.0, 1.0, -1.0]), np.array([0.0, 0.0, -0.0, -0.0, -0.0, -1.0])], {},
         np.arctan2, "signed zeros")
    case("atan2", [f64(4, 2), f64(2)], {}, np.arctan2, "f64 broadcast")
    case("atan2", [f32(5), f32(5)], {}, np.arctan2, "f32")
    cmp_a = np.array([np.nan, 1.0, 2.0, -0.0, np.inf, 3.0])
    cmp_b = np.array([np.nan, 1.0, 1.0, 0.0, np.inf, np.nan])
    for op, fn in [("eq", np.equal), ("ne", np.not_equal), ("lt", np.less), ("le", np.less_equal),
                   ("gt", np.greater), ("ge", np.greater_equal)]:
        case(op, [cmp_a, cmp_b], {}, fn, "f64 with nan")
        case(op, [ints(0, 4, 3, 1, dtype=np.int32), ints(0, 4, 5, dtype=np.int32)], {}, fn, "i32 broadcast")
    case("eq", [bools(6), bools(6)], {}, np.equal, "bool")
    case("lt", [f32(4), f32(4)], {}, np.less, "f32")
    for op, fn in [("logical_and", np.logical_and), ("logical_or", np.logical_or)]:
        case(op, [bools(2, 4), bools(4)], {}, fn, "bool broadcast")
        case(op, [np.array([np.nan, 0.0, 1.0, -0.0]), np.array([1.0, 1.0, 0.0, 2.0])], {}, fn, "f64 truthiness")
        case(op, [ints(0, 3, 5, dtype=np.int32), ints(0, 3, 5, dtype=np.int32)], {}, fn, "i32")
    case("where", [bools(3, 1), f64(3, 4), f64(4)], {}, np.where, "broadcast all three")
    case("where", [bools(5), ints(0, 9, 5, dtype=np.int32), ints(0, 9, 5, dtype=np.int32)], {}, np.where, "i32")
    case("where", [np.array(True), f32(3), f32(3)], {}, np.where, "0-d condition")
    case("clip", [np.array([-3.0, 0.5, 4.0, np.nan]), np.array(-1.0), np.array(2.0)], {}, np.clip, "f64 0-d bounds")
    case("clip", [f64(5) * 3, np.array(2.0), np.array(-1.0)], {}, np.clip, "lo > hi gives hi")
    case("clip", [f64(3, 4) * 3, f64(4), f64(3, 1) + 1.0], {}, np.clip, "tensor bounds broadcast")
    case("clip", [np.array([1.0, 2.0, 3.0]), np.array([np.nan, 0.0, 0.0]), np.array([5.0, np.nan, 5.0])], {}, np.clip,
         "NaN bounds propagate")
    case("clip", [ints(-20, 20, 6, dtype=np.int32), np.array(-5, dtype=np.int32), np.array(5, dtype=np.int32)], {},
         np.clip, "i32")


def axes_tuple(axes):
    return None if not axes else tuple(axes)


def reductions():
    x3 = f64(2, 3, 4)
    for op, fn in [("sum", np.sum), ("prod", np.prod), ("mean", np.mean), ("reduce_max", np.max),
                   ("reduce_min", np.min)]:
        for axes, keep in [([], False), ([], True), ([1], False), ([0, 2], True), ([-1], False), ([2, 0], False)]:
            case(op, [x3], {"axes": axes, "keepdims": keep},
                 lambda x, axes=axes, keep=keep, fn=fn: np.asarray(fn(x, axis=axes_tuple(axes), keepdims=keep)),
                 f"f64 axes={axes} keepdims={keep}")
        case(op, [f32(3, 5)], {"axes": [1], "keepdims": False}, lambda x, fn=fn: fn(x, axis=1), "f32")
        case(op, [np.array(2.5)], {"axes": [], "keepdims": False}, lambda x, fn=fn: np.asarray(fn(x)), "0-d input")
    for op, fn in [("sum", np.sum), ("prod", np.prod), ("reduce_max", np.max), ("reduce_min", np.min)]:
        xi = ints(-4, 5, 3, 4, dtype=np.int32)
        case(op, [xi], {"axes": [0], "keepdims": False}, lambda x, fn=fn: fn(x, axis=0).astype(np.int32), "i32 keeps dtype")
        case(op, [xi.astype(np.int64)], {"axes": [], "keepdims": True},
             lambda x, fn=fn: np.asarray(fn(x, keepdims=True)), "i64 all keepdims")
    case("sum", [bools(3, 4)], {"axes": [1], "keepdims": False}, lambda x: np.sum(x, axis=1, dtype=np.bool_),
         "bool sum is any")
    case("sum", [np.array([100, 100, 100], dtype=np.int8)], {"axes": [], "keepdims": False},
         lambda x: np.asarray(np.sum(x, dtype=np.int8)), "i8 wraps")
    case("sum", [np.zeros((2, 0))], {"axes": [1], "keepdims": False}, lambda x: np.sum(x, axis=1), "empty axis")
    case("prod", [np.zeros((0, 3))], {"axes": [0], "keepdims": True}, lambda x: np.prod(x, axis=0, keepdims=True),
         "empty axis")
    case("reduce_max", [np.array([[1.0, np.nan, 3.0], [4.0, 5.0, 6.0]])], {"axes": [1], "keepdims": False},
         lambda x: np.max(x, axis=1), "NaN propagates")
    case("reduce_min", [np.array([[1.0, np.nan], [-np.inf, 5.0]])], {"axes": [], "keepdims": False},
         lambda x: np.asarray(np.min(x)), "NaN propagates")
    case("reduce_max", [bools(3, 2)], {"axes": [0], "keepdims": False}, lambda x: np.max(x, axis=0), "bool")
    case("mean", [f64(4, 5).astype(np.float16)], {"axes": [1], "keepdims": False}, lambda x: np.mean(x, axis=1), "f16")
    case("mean", [np.zeros((0, 2))], {"axes": [0], "keepdims": False}, lambda x: np.mean(x, axis=0), "empty is nan")

    for op, fn in [("std", np.std), ("var", np.var)]:
        for axes, keep, corr in [([], False, 0), ([], False, 1), ([1], False, 1), ([0, 2], True, 0), ([-1], True, 2),
                                 ([0, 1, 2], False, 1)]:
            case(op, [x3], {"axes": axes, "keepdims": keep, "correction": corr},
                 lambda x, axes=axes, keep=keep, corr=corr, fn=fn:
                 np.asarray(fn(x, axis=axes_tuple(axes), keepdims=keep, ddof=corr)),
                 f"f64 axes={axes} keepdims={keep} correction={corr}")
        case(op, [f32(4, 6)], {"axes": [0], "keepdims": False, "correction": 1},
             lambda x, fn=fn: fn(x, axis=0, ddof=1), "f32")
        case(op, [f64(1, 3)], {"axes": [0], "keepdims": False, "correction": 1},
             lambda x, fn=fn: fn(x, axis=0, ddof=1), "N=1 correction=1 is nan")
        case(op, [f64(2, 3)], {"axes": [0], "keepdims": False, "correction": 3},
             lambda x, fn=fn: fn(x, axis=0, ddof=3), "correction > N")
        case(op, [np.array([1e9 + 1, 1e9 + 2, 1e9 + 3])], {"axes": [], "keepdims": False, "correction": 0},
             lambda x, fn=fn: np.asarray(fn(x)), "large offset")

    ties = np.array([[1.0, 3.0, 3.0, 0.0], [2.0, 2.0, 1.0, 1.0], [5.0, 5.0, 5.0, 5.0]])
    for op, fn in [("argmax", np.argmax), ("argmin", np.argmin)]:
        case(op, [ties], {"axis": 1, "keepdims": False}, lambda x, fn=fn: fn(x, axis=1), "ties give first index")
        case(op, [ties], {"axis": None, "keepdims": False}, lambda x, fn=fn: np.asarray(fn(x)), "axis none flattens")
        case(op, [ties], {"axis": 0, "keepdims": True}, lambda x, fn=fn: fn(x, axis=0, keepdims=True), "keepdims")
        case(op, [ties], {"axis": -1, "keepdims": True}, lambda x, fn=fn: fn(x, axis=-1, keepdims=True),
             "negative axis")
        case(op, [np.array([1.0, np.nan, np.nan, -np.inf])], {"axis": 0, "keepdims": False},
             lambda x, fn=fn: np.asarray(fn(x, axis=0)), "first NaN wins")
        case(op, [ints(-5, 5, 3, 4, dtype=np.int32)], {"axis": 1, "keepdims": False},
             lambda x, fn=fn: fn(x, axis=1), "i32")
        case(op, [ties], {"axis": None, "keepdims": True}, lambda x, fn=fn: np.asarray(fn(x)),
             "axis none ignores keepdims")

    for op, fn in [("all", np.all), ("any", np.any)]:
        bx = bools(3, 4, 2)
        case(op, [bx], {"axes": [], "keepdims": False}, lambda x, fn=fn: np.asarray(fn(x)), "bool all axes")
        case(op, [bx], {"axes": [0, 2], "keepdims": True}, lambda x, fn=fn: fn(x, axis=(0, 2), keepdims=True),
             "bool axes [0,2] keepdims")
        case(op, [bx], {"axes": [1], "keepdims": False}, lambda x, fn=fn: fn(x, axis=1), "bool one axis")
        case(op, [np.array([[np.nan, 1.0], [0.0, -0.0]])], {"axes": [1], "keepdims": False},
             lambda x, fn=fn: fn(x, axis=1), "f64 truthiness (nan is true)")
        case(op, [ints(0, 2, 4, 3, dtype=np.int32)], {"axes": [0], "keepdims": False}, lambda x, fn=fn: fn(x, axis=0),
             "i32")
        case(op, [np.zeros((0, 2), dtype=np.bool_)], {"axes": [0], "keepdims": False},
             lambda x, fn=fn: fn(x, axis=0), "empty")

    x2 = f64(3, 4)
    case("cumsum", [x2], {"axis": None}, lambda x: np.cumsum(x), "axis none flattens")
    case("cumsum", [x2], {"axis": 1}, lambda x: np.cumsum(x, axis=1), "axis 1")
    case("cumsum", [x3], {"axis": -2}, lambda x: np.cumsum(x, axis=-2), "negative axis")
    case("cumsum", [ints(-9, 9, 2, 5, dtype=np.int32)], {"axis": 0}, lambda x: np.cumsum(x, axis=0, dtype=np.int32),
         "i32 keeps dtype")
    case("cumsum", [f32(7)], {"axis": 0}, lambda x: np.cumsum(x), "f32")
    case("cumsum", [np.array(3.0)], {"axis": None}, lambda x: np.cumsum(x), "0-d axis none")
    case("cumprod", [x2], {"axis": None}, lambda x: np.cumprod(x), "axis none flattens")
    case("cumprod", [x3], {"axis": -2}, lambda x: np.cumprod(x, axis=-2), "negative axis")
    case("cumprod", [ints(-4, 4, 2, 5, dtype=np.int32)], {"axis": 1}, lambda x: np.cumprod(x, axis=1, dtype=np.int32),
         "i32 keeps dtype")
    case("cumprod", [f32(7)], {"axis": 0}, lambda x: np.cumprod(x), "f32")
    case("cumprod", [np.array([1.0, np.nan, 2.0, np.inf, 0.0])], {"axis": 0}, lambda x: np.cumprod(x), "nan, inf times 0")


def shapes():
    x = f64(2, 3, 4)
    case("reshape", [x], {"shape": [4, -1]}, lambda x: x.reshape(4, -1), "with -1")
    case("reshape", [x], {"shape": [24]}, lambda x: x.reshape(24), "flatten")
    case("reshape", [np.array([5], dtype=np.int32)], {"shape": []}, lambda x: x.reshape(()), "to 0-d")
    case("reshape", [np.zeros((0, 4))], {"shape": [2, 0, 2]}, lambda x: x.reshape(2, 0, 2), "empty")
    case("transpose", [x], {"perm": [2, 0, 1]}, lambda x: np.transpose(x, (2, 0, 1)), "3-d")
    case("transpose", [ints(0, 9, 3, 2, dtype=np.int16)], {"perm": [1, 0]}, lambda x: x.T, "i16 2-d")
    case("transpose", [x], {"perm": [-1, 0, 1]}, lambda x: np.transpose(x, (2, 0, 1)), "negative perm")
    case("broadcast_to", [f64(3, 1)], {"shape": [2, 3, 4]}, lambda x: np.broadcast_to(x, (2, 3, 4)), "[3,1] to [2,3,4]")
    case("broadcast_to", [np.array(1.5, dtype=np.float32)], {"shape": [2, 2]}, lambda x: np.broadcast_to(x, (2, 2)),
         "0-d")
    case("broadcast_to", [bools(4)], {"shape": [3, 4]}, lambda x: np.broadcast_to(x, (3, 4)), "bool")
    s = f64(1, 3, 1, 2)
    case("squeeze", [s], {"axes": []}, lambda x: np.squeeze(x), "all size-1 dims")
    case("squeeze", [s], {"axes": [0]}, lambda x: np.squeeze(x, 0), "one axis")
    case("squeeze", [s], {"axes": [-2, 0]}, lambda x: np.squeeze(x, (0, 2)), "negative axes")
    case("squeeze", [s], {"axes": [1]}, lambda x: x, "size-3 dim stays (torch)")
    case("squeeze", [s], {"axes": [1, 2]}, lambda x: np.squeeze(x, 2), "mixed: only size-1 dims go")
    case("squeeze", [np.array([7], dtype=np.int64)], {"axes": []}, lambda x: np.squeeze(x), "to 0-d")
    y = ints(0, 9, 2, 3, dtype=np.int32)
    for axis in [0, 1, 2, -1, -3]:
        case("unsqueeze", [y], {"axis": axis}, lambda x, axis=axis: np.expand_dims(x, axis), f"axis {axis}")
    case("unsqueeze", [np.array(3.0)], {"axis": 0}, lambda x: np.expand_dims(x, 0), "0-d")
    case("concat", [f64(2, 1), f64(2, 3), f64(2, 2)], {"axis": 1}, lambda *xs: np.concatenate(xs, axis=1), "axis 1")
    case("concat", [f32(1, 3), f32(2, 3)], {"axis": -2}, lambda *xs: np.concatenate(xs, axis=-2), "axis -2")
    case("concat", [ints(0, 9, 2, dtype=np.int32)], {"axis": 0}, lambda *xs: np.concatenate(xs), "one operand")
    case("concat", [bools(2, 2), bools(2, 2)], {"axis": 0}, lambda *xs: np.concatenate(xs), "bool")
    case("stack", [f64(2, 3), f64(2, 3), f64(2, 3)], {"axis": 0}, lambda *xs: np.stack(xs, 0), "axis 0")
    case("stack", [f64(2, 3), f64(2, 3)], {"axis": -1}, lambda *xs: np.stack(xs, -1), "axis -1")
    case("stack", [ints(0, 9, 4, dtype=np.int64), ints(0, 9, 4, dtype=np.int64)], {"axis": 1},
         lambda *xs: np.stack(xs, 1), "i64 axis 1")
    case("stack", [np.array(1.0), np.array(2.0)], {"axis": 0}, lambda *xs: np.stack(xs), "0-d operands")

    z = f64(5, 6)
    slices = [([0], [-3], [100], [1], lambda x: x[-3:100], "negative start, stop past the end"),
              ([1], [1], [-1], [2], lambda x: x[:, 1:-1:2], "negative stop, step 2"),
              ([0, 1], [-100, 2], [3, 5], [1, 3], lambda x: x[-100:3, 2:5:3], "two axes, start clamps"),
              ([0], [4], [2], [1], lambda x: x[4:2], "empty: start after stop"),
              ([-1], [0], [6], [4], lambda x: x[:, 0:6:4], "negative axis"),
              ([1], [-2], [-100], [1], lambda x: x[:, -2:-100], "stop before start after wrap"),
              ([0], [5], [9], [1], lambda x: x[5:9], "start at the end")]
    for axes, starts, stops, steps, fn, name in slices:
        case("slice", [z], {"axes": axes, "starts": starts, "stops": stops, "steps": steps}, fn, name)
    case("slice", [ints(0, 9, 7, dtype=np.int32)], {"axes": [0], "starts": [1], "stops": [7], "steps": [3]},
         lambda x: x[1:7:3], "i32")

    w = f64(3, 4, 2)
    case("take", [w, np.array([2, 0, 2], dtype=np.int64)], {"axis": 0}, lambda x, i: np.take(x, i, axis=0),
         "1-d indices")
    case("take", [w, np.array([[0, 3], [1, 1], [2, 0]], dtype=np.int64)], {"axis": 1},
         lambda x, i: np.take(x, i, axis=1), "2-d indices")
    case("take", [w, np.array([-1, -2], dtype=np.int32)], {"axis": -1}, lambda x, i: np.take(x, i, axis=-1),
         "negative indices, i32")
    case("take", [w, np.array(1, dtype=np.int64)], {"axis": 1}, lambda x, i: np.take(x, i, axis=1), "0-d index drops the axis")
    case("take", [ints(0, 9, 5, dtype=np.int16), np.array([4, 0], dtype=np.uint8)], {"axis": 0},
         lambda x, i: np.take(x, i), "u8 indices")
    case("take", [w, np.zeros((0,), dtype=np.int64)], {"axis": 0}, lambda x, i: np.take(x, i, axis=0), "no indices")

    case("flip", [w], {"axes": [0]}, lambda x: np.flip(x, 0), "axis 0")
    case("flip", [w], {"axes": []}, lambda x: np.flip(x), "empty axes flips all")
    case("flip", [w], {"axes": [-1, 0]}, lambda x: np.flip(x, (0, 2)), "two axes")
    case("flip", [ints(0, 9, 4, dtype=np.int32)], {"axes": [0]}, lambda x: np.flip(x), "i32")

    for name, a, b in [("2-d", f64(3, 4), f64(4, 5)), ("batch broadcast", f64(2, 3, 4), f64(4, 5)),
                       ("batched both", f64(2, 1, 3, 4), f64(3, 4, 2)), ("vector @ matrix", f64(4), f64(4, 3)),
                       ("matrix @ vector", f64(3, 4), f64(4)), ("vector @ vector", f64(5), f64(5)),
                       ("f32", f32(3, 6), f32(6, 2)), ("i64", ints(-5, 5, 2, 3), ints(-5, 5, 3, 2)),
                       ("f16 (ATen lacks it: float32 then round)", f64(3, 4).astype(np.float16), f64(4, 2).astype(np.float16))]:
        case("matmul", [a, b], {}, lambda a, b: np.matmul(a, b), name,
             rtol=1e-10 if a.dtype == np.float64 else None)

    for op, tfn in [("softmax", torch.softmax), ("log_softmax", torch.log_softmax)]:
        case(op, [f64(3, 5) * 4], {"axis": -1}, lambda x, tfn=tfn: tn(tfn(t(x), -1)), "f64 last axis")
        case(op, [f64(3, 5) * 4], {"axis": 0}, lambda x, tfn=tfn: tn(tfn(t(x), 0)), "f64 axis 0")
        case(op, [f32(2, 3, 4)], {"axis": 1}, lambda x, tfn=tfn: tn(tfn(t(x), 1)), "f32 middle axis")
        case(op, [np.array([1000.0, 1001.0, 1002.0])], {"axis": 0}, lambda x, tfn=tfn: tn(tfn(t(x), 0)),
             "large values stay finite")
        case(op, [f64(2, 4).astype(np.float16)], {"axis": 1},
             lambda x, tfn=tfn: tn(tfn(t(x.astype(np.float32)), 1).to(torch.float16)), "f16 (float32 then round)")
    # numpy cross-check of the softmax definition itself.
    case("softmax", [f64(4, 3)], {"axis": 1},
         lambda x: np.exp(x - x.max(1, keepdims=True)) / np.exp(x - x.max(1, keepdims=True)).sum(1, keepdims=True),
         "numpy definition")


def conversions():
    """tensorFromDoubles → bits: f16 via numpy's direct double → half, bf16 via torch from f32-exact values."""
    half_values = [0.1, 1 / 3, 65504.0, 65519.99, 65520.0, 1e-5, 6e-8, 3e-8, 2.9802322387695312e-08, -2049.0, 2051.0,
                   math.nan, -math.inf, -0.0, 1e300]
    bf_values = [0.1, 1 / 3, 1.0 + 2 ** -8, 1.0 + 3 * 2 ** -8, -3.0e38, 3.4e38, 1e-40, -0.0, math.inf, 255.5]
    bf_exact = np.array(bf_values, dtype=np.float32)
    return [
        {"dtype": "f16", "values": [float(v).hex() for v in half_values],
         "bits": [int(b) for b in np.array(half_values).astype(np.float16).view(np.uint16)]},
        {"dtype": "bf16", "values": [float(v).hex() for v in bf_exact.astype(np.float64)],
         "bits": [int(b) & 0xFFFF for b in torch.tensor(bf_exact).to(torch.bfloat16).view(torch.int16).tolist()]},
    ]


def main():
    creation()
    unary()
    binary()
    reductions()
    shapes()
    json.dump({"torch": torch.__version__, "numpy": np.__version__, "cases": CASES, "conversions": conversions()},
              sys.stdout)


if __name__ == "__main__":
    main()
