#pragma once
// The tensor runtime interface. The ATen implementation lives in a shared library
// (libpolytrace_runtime_aten.so) loaded on first use, so start-up, parsing and
// source-to-source translation never pay libtorch's load time and memory.
#include <cstdint>
#include <string>
#include <vector>

#include "ir/Attr.h"
#include "ir/Op.h"
#include "runtime/Tensor.h"

namespace pt::runtime {

// Thrown by backends when an op fails on its inputs (shape mismatch, bad attribute);
// callers turn it into a Diagnostic.
struct RuntimeError {
  std::string message;
};

class Backend {
 public:
  virtual ~Backend() = default;

  // Runs one op. Throws RuntimeError on invalid inputs.
  virtual std::vector<Tensor> execute(ir::OpKind op, const ir::Attrs& attrs, const std::vector<Tensor>& inputs) = 0;
  virtual bool hasKernel(ir::OpKind op) const = 0;

  // Copies `data` (row-major, elements of `type.dtype`) into a new tensor.
  virtual Tensor fromBuffer(const ir::TensorType& type, const void* data) = 0;
  // Copies the tensor's elements (row-major, its own dtype) into `out` (numel * dtypeSize bytes).
  virtual void toBuffer(const Tensor& tensor, void* out) const = 0;

  // torch.manual_seed(seed) on the CPU generator that rand_uniform/rand_normal draw from.
  virtual void manualSeed(uint64_t seed) = 0;

  virtual std::string versionString() const = 0;  // e.g. "ATen 1.13.1"
};

// The process-wide backend, loaded on first call. Throws RuntimeError when the library is missing.
Backend& backend();
bool backendLoaded();

// Convenience used across core: build tensors from host vectors.
Tensor tensorFromDoubles(const std::vector<double>& values, const ir::TensorType& type);
Tensor tensorFromInts(const std::vector<int64_t>& values, const ir::TensorType& type);

}  // namespace pt::runtime

// The symbol the shared library exports; returns a heap-allocated backend owned by the caller.
extern "C" pt::runtime::Backend* polytrace_create_backend();
