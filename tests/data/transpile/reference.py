"""Prints the real torch results of a case function as JSON: [{"dtype", "shape", "values"}...].

usage: reference.py CASES.py FUNCTION SETUP ARGS
"""
import importlib.util
import json
import sys

import numpy as np
import torch

cases, function, setup, args = sys.argv[1:5]
spec = importlib.util.spec_from_file_location("cases", cases)
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
scope = {"np": np}
exec(setup, scope)
inputs = [torch.from_numpy(np.array(scope[n.strip()])) for n in args.split(",") if n.strip()]
result = getattr(module, function)(*inputs)


def leaves(v):
    return [x for item in v for x in leaves(item)] if isinstance(v, (tuple, list)) else [v]


print(json.dumps([{"dtype": str(t.numpy().dtype), "shape": list(t.shape), "values": [float(x) for x in t.numpy().ravel()]}
                  for t in leaves(result)]))
