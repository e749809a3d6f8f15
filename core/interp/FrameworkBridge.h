#pragma once
// Where interpreted Python meets the frameworks: attribute lookup on framework modules and
// tensors, API calls through the frontend tables (executed on the runtime, recorded while
// tracing), and the few stateful framework functions (seeding, ivy.set_backend).
#include <optional>
#include <string>

#include "frontends/Arg.h"
#include "interp/Interpreter.h"

namespace pt::interp {

std::optional<Value> frameworkGetAttr(Interpreter& in, const Value& object, const std::string& name);
Value tensorGetItem(Interpreter& in, const Value& tensor, const Value& index);
// isinstance(v, torch.Tensor) and friends.
bool isTensorType(const Value& classInfo, const Value& v);
// type(t): the framework's concrete tensor class (<class 'jaxlib.xla_extension.ArrayImpl'>, ...).
Value typeOfTensor(const TensorObject& t);
Value callApi(Interpreter& in, const frontends::ApiEntry& entry, const Value& self, CallArgs& args);
// Stands for a framework symbol the API tables do not model (`from torch.nn.functional import
// grid_sample`): calling it, or asking it for an attribute, raises NotImplementedError with reason
// "unsupported-api" naming the symbol.
Value unmodelledFrameworkSymbol(const std::string& symbol);
// A torch tensor's uniform_/normal_ (drawn as torch does, TorchNn.cpp), or nullopt for other names.
std::optional<Value> torchRandomInPlaceMethod(const Value& self, const std::string& name);
// While tracing: random numbers drawn now are baked into the graph, so the trace must not be reused.
void noteRandomInTrace(Interpreter& in, const char* what);

// Python-level views of tensor data (these read values: while tracing they specialise the
// trace on the data and are recorded as guards).
Value tensorToPython(Interpreter& in, const TensorObject& t, const std::string& why);  // item()/float()/bool()
Value tensorToList(Interpreter& in, const TensorObject& t);

// A host tensor from nested Python lists/tuples of numbers (np.array, torch.tensor, tf.constant).
runtime::Tensor tensorFromPython(Interpreter& in, const Value& data, ir::DType dtype);
// The dtype framework `fw` gives nested Python data when none is requested.
ir::DType inferDataDType(Interpreter& in, const Value& data, ir::Framework fw);

}  // namespace pt::interp
