#pragma once
// In-place writes on torch and numpy tensors, functionalised (shared/SEMANTICS.md §29–30): the
// written Python object gets a new tensor value (every name bound to it sees it), and a write
// through a view also updates its base, so the graph stays a pure function of its inputs. A view
// read after its base changed is re-derived from the base. jax and TensorFlow tensors are
// immutable: item assignment raises as it does there.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "interp/Interpreter.h"

namespace pt::interp {

// Re-reads a view whose base was written since it was made.
void refreshView(Interpreter& in, TensorObject& t);
// The same for every tensor in a value (a function's result: tuples, lists and dicts of tensors).
void refreshViews(Interpreter& in, const Value& v);
// x.add_(y), x.copy_(src), x.fill_(v), x.zero_(), x.unsqueeze_(d), ...: the bound method, or nullopt.
std::optional<Value> inPlaceMethod(Interpreter& in, const Value& self, const std::string& name);
// Writes `value` into the tensor object, and through it into its base when it is a view. As in
// torch, a floating result cannot be written into an integer (or bool) tensor, and the shape must
// stay (except for shape-changing in-place ops such as unsqueeze_).
void assignInPlace(Interpreter& in, const std::shared_ptr<TensorObject>& target, runtime::Tensor value,
                   bool shapeMayChange = false);
// x[index] = value.
void tensorSetItem(Interpreter& in, const Value& tensor, const Value& index, const Value& value);
// Records that `result` of the API `symbol` called on `base` is a view of it (x[...] with basic
// indexing, x.view, x.unsqueeze, x.expand, ...); other results are left alone.
void markView(const Value& result, const Value& base, const std::string& symbol, const Value& index);
// Runs one op on the runtime and records it while tracing.
runtime::Tensor runOp(Interpreter& in, ir::OpKind op, const std::vector<runtime::Tensor>& inputs, const ir::Attrs& attrs);

}  // namespace pt::interp
