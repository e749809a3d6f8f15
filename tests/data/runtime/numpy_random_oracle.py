"""Oracle for test_numpy_random: numpy's legacy RandomState streams, bit for bit.

Prints JSON: for each seed, the sequence of calls made after np.random.seed(seed), in order (so
interleavings such as a cached gauss surviving a uniform call are covered), each with its exact
results (floats as float.hex, ints as ints).
"""
import json
import sys

import numpy as np

SEEDS = [0, 1, 42, 12345, 2**31, 2**32 - 1]

RANDINT_RANGES = [
    (0, 10), (-5, 5), (5, 6), (0, 1000003), (0, 2**31), (-(2**31), 2**31 - 1),
    (0, 2**32), (0, 2**32 + 1), (-(2**40), 2**40), (0, 2**62), (-(2**63), 2**63 - 1),
]


def floats(values):
    return [float(v).hex() for v in np.atleast_1d(values)]


def ints(values):
    return [int(v) for v in np.atleast_1d(values)]


def calls():
    """(kind, params, numpy call) triples; a size of None means numpy's scalar form."""
    r = np.random
    yield "rand", {"size": 10}, lambda: floats(r.rand(10))
    yield "uniform", {"low": 0.0, "high": 1.0, "size": 5}, lambda: floats(r.uniform(size=5))
    yield "uniform", {"low": -3.5, "high": 7.25, "size": 7}, lambda: floats(r.uniform(-3.5, 7.25, 7))
    yield "uniform", {"low": 2.0, "high": -1.0, "size": 3}, lambda: floats(r.uniform(2.0, -1.0, 3))
    yield "uniform", {"low": 0.0, "high": 1.0, "size": None}, lambda: floats(r.uniform())
    yield "randn", {"size": 9}, lambda: floats(r.randn(9))  # odd: leaves a cached value
    yield "rand", {"size": 3}, lambda: floats(r.random_sample(3))  # does not touch the cache
    yield "randn", {"size": None}, lambda: floats(r.randn())  # the cached value
    yield "normal", {"loc": 1.5, "scale": 0.25, "size": 11}, lambda: floats(r.normal(1.5, 0.25, 11))
    yield "normal", {"loc": -2.0, "scale": 3.0, "size": None}, lambda: floats(r.normal(-2.0, 3.0))
    yield "randn", {"size": 4}, lambda: floats(r.standard_normal(4))
    for low, high in RANDINT_RANGES:
        yield "randint", {"low": low, "high": high, "size": 12}, \
            lambda low=low, high=high: ints(r.randint(low, high, size=12, dtype=np.int64))
        yield "randint", {"low": low, "high": high, "size": None}, \
            lambda low=low, high=high: ints(r.randint(low, high))
        yield "rand", {"size": 2}, lambda: floats(r.rand(2))
    yield "randint", {"low": 0, "high": 7, "size": 6}, lambda: ints(r.randint(7, size=6))
    yield "randn", {"size": 1}, lambda: floats(r.randn(1))
    yield "rand", {"size": 2}, lambda: floats(r.rand(2))


def main():
    out = {"numpy": np.__version__, "streams": []}
    for seed in SEEDS:
        np.random.seed(seed)
        stream = {"seed": seed, "calls": []}
        for kind, params, call in calls():
            stream["calls"].append({"kind": kind, **params, "values": call()})
        out["streams"].append(stream)
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
