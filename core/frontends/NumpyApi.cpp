// numpy and jax.numpy: one row list, two frameworks. Their conventions differ only where the
// lowerings consult the entry's framework (default dtypes, promotion, index dtypes).
#include "frontends/ApiTable.h"
#include "frontends/Decompositions.h"
#include "frontends/Lowerings.h"
#include "frontends/NumpyLikeApi.h"
#include "frontends/TensorOperators.h"

namespace pt::frontends {

namespace {
using enum ir::OpKind;

// ndarray.reshape(*shape) and .transpose(*axes) take either varargs or one tuple.
std::vector<ApiRow> ndarrayMethodRows() {
  return {
      {"mean", "self, axis=None, dtype=None, out=None, keepdims=False", lowerFloatReduce, Mean},
      {"sum", "self, axis=None, dtype=None, out=None, keepdims=False", lowerReduce, Sum},
      {"prod", "self, axis=None, dtype=None, out=None, keepdims=False", lowerReduce, Prod},
      {"std", "self, axis=None, dtype=None, out=None, ddof=0, keepdims=False", lowerFloatReduce, Std},
      {"var", "self, axis=None, dtype=None, out=None, ddof=0, keepdims=False", lowerFloatReduce, Var},
      {"max", "self, axis=None, out=None, keepdims=False", lowerReduce, ReduceMax},
      {"min", "self, axis=None, out=None, keepdims=False", lowerReduce, ReduceMin},
      {"argmax", "self, axis=None, out=None, *, keepdims=False", lowerArgReduce, ArgMax},
      {"argmin", "self, axis=None, out=None, *, keepdims=False", lowerArgReduce, ArgMin},
      {"all", "self, axis=None, out=None, keepdims=False", lowerReduce, All},
      {"any", "self, axis=None, out=None, keepdims=False", lowerReduce, Any},
      {"cumsum", "self, axis=None, dtype=None, out=None", lowerCumSum, CumSum},
      {"reshape", "self, *shape", lowerReshape, Reshape},
      {"transpose", "self, *axes", lowerTransposeAxes, Transpose},
      {"squeeze", "self, axis=None", lowerSqueeze, Squeeze},
      {"astype", "self, dtype, order='K', casting='unsafe', subok=True, copy=True", lowerCast, Cast},
      {"clip", "self, min=None, max=None", lowerClip, Clip},
      {"copy", "self", lowerIdentity, Cast},
  };
}

// numpy only: jax.numpy lacks these names (fix, round_, row_stack) or computes float_power in
// its default float rather than float64.
std::vector<ApiRow> numpyOnlyRows() {
  return {
      {"fix", "x, out=None", lowerTrunc, Where, {}, "ceil below zero, floor above"},
      {"round_", "a, decimals=0, out=None", lowerRound, Round, {}, "half to even"},
      {"row_stack", "tup, *, dtype=None, casting='same_kind'", lowerStackAlong, Concat, {{"mode", std::string("v")}}},
      {"float_power", "x1, x2, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True",
       lowerFloatPower, Pow, {}, "in float64"},
  };
}
}  // namespace

void registerNumpyApi(ApiTable& table) {
  table.add(ir::Framework::Numpy, "numpy", numpyLikeFunctionRows());
  table.add(ir::Framework::Numpy, "numpy", numpyLikeMathRows());
  table.add(ir::Framework::Numpy, "numpy", numpyOnlyRows());
  table.add(ir::Framework::Numpy, "numpy.linalg", numpyLikeLinalgRows());
  auto methods = ndarrayMethodRows();
  auto more = ndarrayMathMethodRows();
  methods.insert(methods.end(), more.begin(), more.end());
  methods.push_back({"flatten", "self", lowerReshape, Reshape, {{"shape", std::vector<int64_t>{-1}}}, "always flattens all dims"});
  table.add(ir::Framework::Numpy, "numpy.ndarray", methods);
  table.add(ir::Framework::Numpy, "numpy.ndarray", tensorOperatorRows());
  table.add(ir::Framework::Numpy, "numpy.ndarray",
            {{"__setitem__", "self, index, value", lowerSetItem, ir::OpKind::Concat, {}, "functional: the updated array"}});
}

void registerJaxApi(ApiTable& table) {
  table.add(ir::Framework::Jax, "jax.numpy", numpyLikeFunctionRows());
  table.add(ir::Framework::Jax, "jax.numpy", numpyLikeMathRows());
  table.add(ir::Framework::Jax, "jax.numpy.linalg", numpyLikeLinalgRows());
  table.add(ir::Framework::Jax, "jax.Array", ndarrayMethodRows());
  table.add(ir::Framework::Jax, "jax.Array", ndarrayMathMethodRows());
  table.add(ir::Framework::Jax, "jax.Array", tensorOperatorRows());
  table.add(ir::Framework::Jax, "jax.nn",
            {
                {"relu", "x", lowerUnary, Relu},
                {"sigmoid", "x", lowerFloatUnary, Sigmoid},
                {"softmax", "x, axis=-1, where=None, initial=None", lowerSoftmax, Softmax},
                {"log_softmax", "x, axis=-1, where=None, initial=None", lowerSoftmax, LogSoftmax},
            });
}

}  // namespace pt::frontends
