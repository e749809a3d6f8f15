// Session::evalInputs: the call's arguments from the typed expressions and the per-parameter
// pickers (random tensors, .npy files) together.
#include <algorithm>
#include <filesystem>

#include "runtime/Backend.h"
#include "runtime/HostValues.h"
#include "session/NpyFormat.h"
#include "session/Session.h"

namespace pt::session {

namespace fs = std::filesystem;

interp::Value Session::materialize(const ParamInput& input) {
  const int64_t budget = interp_->limits().maxTensorBytes;
  if (input.kind == InputKind::Npy) {
    if (input.path.empty()) interp_->raise("ValueError", "no .npy file chosen", "inputs-missing");
    fs::path file(input.path);
    if (file.is_relative()) file = (isFile_ ? fs::path(path_).parent_path() : fs::path(path_)) / file;
    NpyArray array;
    try {
      array = readNpy(file.string(), static_cast<uint64_t>(budget));
    } catch (const NpyError& e) {
      interp_->raise("ValueError", e.message, "input-invalid");
    }
    ir::TensorType type{array.dtype, array.shape};
    return interp_->wrapTensor(runtime::backend().fromBuffer(type, array.data.data()), ir::Framework::Numpy);
  }
  ir::TensorType type{input.dtype, input.shape};
  if (type.numel() > budget / static_cast<int64_t>(ir::dtypeSize(input.dtype)))
    interp_->raise("MemoryError", "a " + ir::typeText(type) + " input exceeds the memory budget (" +
                                      std::to_string(budget >> 20) + " MiB)", "memory-budget");
  const auto bytes = runtime::encodeDoubles(randomValues(input), input.dtype);
  return interp_->wrapTensor(runtime::backend().fromBuffer(type, bytes.data()), ir::Framework::Numpy);
}

std::vector<interp::Value> Session::evalInputs(const std::vector<std::string>& params, const std::string& exprs,
                                               const ParamInputs& pickers) {
  std::vector<interp::Value> typed = evalArgs(exprs);
  if (pickers.empty()) return typed;
  size_t lastPicked = 0;
  for (const auto& [name, _] : pickers) {
    auto it = std::find(params.begin(), params.end(), name);
    if (it == params.end()) interp_->raise("TypeError", "inputs: the function has no parameter '" + name + "'", "input-invalid");
    lastPicked = std::max(lastPicked, static_cast<size_t>(it - params.begin()) + 1);
  }
  // Typed expressions are positional; a picked input replaces the one at its parameter's
  // position (or fills it). Parameters after the last given one keep their defaults.
  std::vector<interp::Value> args;
  for (size_t i = 0; i < std::max(params.size(), typed.size()); ++i) {
    auto picked = i < params.size() ? pickers.find(params[i]) : pickers.end();
    if (picked != pickers.end()) {
      args.push_back(materialize(picked->second));
    } else if (i < typed.size()) {
      args.push_back(typed[i]);
    } else if (i < lastPicked) {
      interp_->raise("TypeError", "parameter '" + params[i] + "' has no value: type it under Arguments or pick an input for it",
                     "inputs-missing");
    } else {
      break;
    }
  }
  return args;
}

}  // namespace pt::session
