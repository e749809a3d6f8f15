#pragma once
// What a lowering talks to. The interpreter's builder executes each op on the runtime (and records
// it while tracing); the source-to-source builder turns each op into target-framework code.
// Lowerings are written once against this interface: one mapping, two users.
#include <optional>
#include <string>
#include <vector>

#include "frontends/Arg.h"
#include "ir/Attr.h"
#include "ir/DType.h"
#include "ir/Framework.h"
#include "ir/Op.h"

namespace pt::frontends {

// Raised by lowerings for calls the framework itself would reject (TypeError/ValueError in
// Python) or that Polytrace cannot represent faithfully (reason code "unsupported-*").
struct LoweringError {
  std::string pythonType;  // "TypeError", "ValueError", "RuntimeError", "NotImplementedError"
  std::string message;
  std::string reasonCode;  // empty for errors the real framework would raise too
};

class Builder {
 public:
  virtual ~Builder() = default;

  // The type of a tensor operand, when known (always in the interpreter; in source-to-source
  // only where annotations, inference or an observed trace tell).
  virtual std::optional<ir::TensorType> typeOf(Operand operand) const = 0;

  // Appends one op; returns its result handles. (Not "emit": that is a Qt macro.)
  virtual std::vector<Operand> apply(ir::OpKind op, const std::vector<Operand>& inputs, const ir::Attrs& attrs) = 0;
  Operand apply1(ir::OpKind op, const std::vector<Operand>& inputs, const ir::Attrs& attrs = {}) {
    return apply(op, inputs, attrs).at(0);
  }

  // A Python scalar used as an operand, as a 0-d tensor of `dtype`. `weak` marks a Python literal
  // whose dtype was chosen by the promotion rules (codegen may print it as a plain literal).
  virtual Operand scalar(const Arg& value, ir::DType dtype, bool weak) = 0;
  // A Python scalar meeting a tensor whose dtype is unknown here (source-to-source without a type):
  // the builder must keep the source framework's result dtype whatever the tensor's dtype is.
  virtual Operand scalarLike(const Arg& value, Operand like, ir::Framework source) {
    (void)source;
    auto t = typeOf(like);
    return scalar(value, t ? t->dtype : ir::DType::Float32, true);
  }

  // A tensor built from Python data (nested lists/tuples of numbers), e.g. torch.tensor([...]).
  virtual Operand fromData(const Arg& data, std::optional<ir::DType> dtype) = 0;

  // The values of a small tensor used where the API expects Python numbers (tf.fill(tf.shape(x), v),
  // tf.reshape(x, tf.shape(y))). Known only when running; reading them specialises a trace.
  virtual std::optional<std::vector<double>> valuesOf(Operand) { return std::nullopt; }
  // The same values for a check that does not change what is built (bounds of an index): reading
  // them does not specialise a trace.
  virtual std::optional<std::vector<double>> peekValues(Operand) { return std::nullopt; }

  // The framework that results belong to (for ivy: the backend chosen with ivy.set_backend).
  virtual ir::Framework resultFramework(ir::Framework apiFramework) const { return apiFramework; }
};

// What a lowering produces: tensors (one, or a tuple), or a Python value.
struct Lowered {
  std::vector<Operand> tensors;
  bool tuple = false;          // return a tuple of the tensors (torch.max(x, dim) → (values, indices))
  bool list = false;           // return a list of the tensors (np.split, np.meshgrid)
  std::optional<Arg> python;   // a non-tensor result (x.ndim, x.dtype, ...)
  std::vector<std::string> tupleFieldNames;  // named tuple fields, e.g. {"values", "indices"}

  static Lowered one(Operand o) { Lowered l; l.tensors = {o}; return l; }
  static Lowered many(std::vector<Operand> os, bool asList) {
    Lowered l;
    l.tensors = std::move(os);
    (asList ? l.list : l.tuple) = true;
    return l;
  }
  static Lowered value(Arg a) { Lowered l; l.python = std::move(a); return l; }
};

}  // namespace pt::frontends
