#pragma once
// Tables of how each target spells what source-to-source translation keeps as Python: facts about
// tensors (x.is_floating_point(), x.device), and calls whose arguments pass through as written
// because the frontend's lowering would need a type the source does not give. {x} is the receiver
// (or a function's first argument); other slots are named per table.
#include "ir/Framework.h"
#include "s2s/TypeFacts.h"

namespace pt::s2s {

// One spelling per target.
struct Spelling {
  const char* numpy;
  const char* torch;
  const char* jax;
  const char* tensorflow;
  const char* ivy;
  constexpr const char* of(ir::Framework target) const {
    switch (target) {
      case ir::Framework::Numpy: return numpy;
      case ir::Framework::Torch: return torch;
      case ir::Framework::Jax: return jax;
      case ir::Framework::TensorFlow: return tensorflow;
      case ir::Framework::Ivy: return ivy;
    }
    return numpy;
  }
};

// Tensor methods and properties of the source that are Python-level facts rather than ops, the
// same in every target.
struct TensorIntrinsic {
  const char* name;
  bool isCall;
  const char* pattern;  // {x} = receiver
};
constexpr TensorIntrinsic kTorchIntrinsics[] = {
    {"dim", true, "{x}.ndim"},           {"ndimension", true, "{x}.ndim"}, {"size", true, "tuple({x}.shape)"},
    {"shape", false, "{x}.shape"},      {"dtype", false, "{x}.dtype"},    {"ndim", false, "{x}.ndim"},
};

// Python-valued facts about a tensor (or about the framework) that each target spells its own
// way; {x} is the receiver (a method or attribute) or the first argument (a function).
struct TargetIntrinsic {
  const char* name;  // method/attribute name, or a function's full symbol
  enum Kind { Method, Attribute, Function } kind;
  Spelling spelling;
};
constexpr TargetIntrinsic kTargetIntrinsics[] = {
    {"is_floating_point", TargetIntrinsic::Method,
     {"np.issubdtype({x}.dtype, np.floating)", "{x}.is_floating_point()", "jnp.issubdtype({x}.dtype, jnp.floating)",
      "{x}.dtype.is_floating", "ivy.is_float_dtype({x})"}},
    {"torch.is_floating_point", TargetIntrinsic::Function,
     {"np.issubdtype({x}.dtype, np.floating)", "torch.is_floating_point({x})", "jnp.issubdtype({x}.dtype, jnp.floating)",
      "{x}.dtype.is_floating", "ivy.is_float_dtype({x})"}},
    // Polytrace's targets run on the CPU; device arguments of the source are dropped by the lowerings.
    {"device", TargetIntrinsic::Attribute, {"'cpu'", "{x}.device", "'cpu'", "'cpu'", "'cpu'"}},
    // TorchScript is not part of any target: code that asks is never being scripted.
    {"torch.jit.is_scripting", TargetIntrinsic::Function, {"False", "False", "False", "False", "False"}},
    {"torch.jit.is_tracing", TargetIntrinsic::Function, {"False", "False", "False", "False", "False"}},
};

// Tensor methods with one Python-valued argument (a dim, a dtype held in a variable) that every
// target spells without knowing the tensor's shape or dtype: the argument is passed through as
// written (rewritten). Used where the frontend's lowering would need a type source-to-source lacks:
// unbind needs the size of `dim` to know how many tensors it returns, and x.to(d) with d a
// variable is a dtype only when running. {x} is the receiver, {a} the argument.
struct PassThroughMethod {
  const char* name;
  const char* param;         // the argument's keyword name
  const char* defaultValue;  // written when the argument is omitted; null: required
  ValueKind kind;            // what the argument must be known to be
  Spelling spelling;
};
constexpr PassThroughMethod kPassThroughMethods[] = {
    // unbind's tuple has as many items as the dim is long; moveaxis + iteration keeps that (and
    // unpacking into the wrong number of names still fails, as in torch).
    {"unbind", "dim", "0", ValueKind::Int,
     {"tuple(np.moveaxis({x}, {a}, 0))", "{x}.unbind({a})", "tuple(jnp.moveaxis({x}, {a}, 0))", "tuple(tf.unstack({x}, axis={a}))",
      "tuple(ivy.unstack({x}, axis={a}))"}},
    {"to", "dtype", nullptr, ValueKind::DType, {"{x}.astype({a})", "{x}.to({a})", "{x}.astype({a})", "tf.cast({x}, {a})", "ivy.astype({x}, {a})"}},
    {"type", "dtype", nullptr, ValueKind::DType, {"{x}.astype({a})", "{x}.type({a})", "{x}.astype({a})", "tf.cast({x}, {a})", "ivy.astype({x}, {a})"}},
};

// torch.tensor(data, dtype=d), torch.ones(shape, dtype=d), ... with d a dtype held in a variable
// (the lowering needs the dtype itself): the one positional argument and the dtype passed through
// as written; the device is dropped (every target runs on the CPU). tf.cast, not tf.constant:
// torch converts floats to an integer dtype by truncation, tf.constant refuses. {data}, {dtype}.
struct PassThroughFactory {
  const char* symbol;
  Spelling spelling;
};
constexpr PassThroughFactory kPassThroughFactories[] = {
    {"torch.tensor",
     {"np.asarray({data}, dtype={dtype})", "torch.tensor({data}, dtype={dtype})", "jnp.asarray({data}, dtype={dtype})",
      "tf.cast({data}, {dtype})", "ivy.asarray({data}, dtype={dtype})"}},
    {"torch.as_tensor",
     {"np.asarray({data}, dtype={dtype})", "torch.as_tensor({data}, dtype={dtype})", "jnp.asarray({data}, dtype={dtype})",
      "tf.cast({data}, {dtype})", "ivy.asarray({data}, dtype={dtype})"}},
    {"torch.ones",
     {"np.ones({data}, dtype={dtype})", "torch.ones({data}, dtype={dtype})", "jnp.ones({data}, dtype={dtype})",
      "tf.ones({data}, dtype={dtype})", "ivy.ones({data}, dtype={dtype})"}},
    {"torch.zeros",
     {"np.zeros({data}, dtype={dtype})", "torch.zeros({data}, dtype={dtype})", "jnp.zeros({data}, dtype={dtype})",
      "tf.zeros({data}, dtype={dtype})", "ivy.zeros({data}, dtype={dtype})"}},
};

// x.expand(*sizes) / x.expand(shape) with sizes known only when running: broadcast_to, which is
// expand where no size is -1 (a literal -1, "keep this dim", is left to the lowering). {x}, {shape}.
constexpr Spelling kExpandSpelling = {"np.broadcast_to({x}, {shape})", "{x}.expand({shape})", "jnp.broadcast_to({x}, {shape})",
                                      "tf.broadcast_to({x}, {shape})", "ivy.broadcast_to({x}, {shape})"};

}  // namespace pt::s2s
