// numpy and jax.numpy: one row list, two frameworks. Their conventions differ only where the
// lowerings consult the entry's framework (default dtypes, promotion, index dtypes).
#include "frontends/ApiTable.h"
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
}  // namespace

void registerNumpyApi(ApiTable& table) {
  table.add(ir::Framework::Numpy, "numpy", numpyLikeFunctionRows());
  auto methods = ndarrayMethodRows();
  methods.push_back({"flatten", "self", lowerReshape, Reshape, {{"shape", std::vector<int64_t>{-1}}}, "always flattens all dims"});
  table.add(ir::Framework::Numpy, "numpy.ndarray", methods);
  table.add(ir::Framework::Numpy, "numpy.ndarray", tensorOperatorRows());
  table.add(ir::Framework::Numpy, "numpy.ndarray",
            {{"__setitem__", "self, index, value", lowerSetItem, ir::OpKind::Concat, {}, "functional: the updated array"}});
}

void registerJaxApi(ApiTable& table) {
  table.add(ir::Framework::Jax, "jax.numpy", numpyLikeFunctionRows());
  table.add(ir::Framework::Jax, "jax.Array", ndarrayMethodRows());
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
