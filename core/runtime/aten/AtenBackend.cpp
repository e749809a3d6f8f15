// The Backend on ATen CPU, exported from the plug-in as polytrace_create_backend.
// Narrow ATen headers on purpose: ATen/ATen.h alone costs several seconds per compile.
#include <ATen/CPUGeneratorImpl.h>
#include <ATen/core/Tensor.h>
#include <ATen/ops/empty.h>
#include <c10/util/Exception.h>
#include <torch/csrc/api/include/torch/version.h>

#include <array>
#include <atomic>
#include <cstring>
#include <mutex>
#include <string>

#include "ir/TypeRules.h"
#include "runtime/Backend.h"
#include "runtime/aten/AtenKernels.h"

namespace pt::runtime::aten {

namespace {

struct AtenTensor final : TensorImpl {
  explicit AtenTensor(at::Tensor t) : tensor(std::move(t)) {}
  at::Tensor tensor;
};

const at::Tensor& unwrap(const Tensor& t) {
  auto* impl = dynamic_cast<const AtenTensor*>(t.impl());
  if (!impl) throw RuntimeError{t.defined() ? "tensor does not belong to the ATen backend" : "undefined tensor"};
  return impl->tensor;
}

std::string firstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

bool isReducedFloat(ir::DType d) { return d == ir::DType::Float16 || d == ir::DType::BFloat16; }

bool isMissingReducedFloatKernel(const c10::Error& e) {
  const std::string& m = e.msg();
  return m.find("not implemented for 'Half'") != std::string::npos ||
         m.find("not implemented for 'BFloat16'") != std::string::npos;
}

class AtenBackend final : public Backend {
 public:
  std::vector<Tensor> execute(ir::OpKind op, const ir::Attrs& attrs, const std::vector<Tensor>& inputs) override {
    std::vector<ir::TensorType> inTypes;
    inTypes.reserve(inputs.size());
    for (const Tensor& t : inputs) {
      if (!t.defined()) throw RuntimeError{std::string(ir::opName(op)) + ": undefined operand"};
      inTypes.push_back(t.type());
    }
    auto inferred = ir::inferTypes(op, inTypes, attrs);
    if (auto* err = std::get_if<ir::TypeError>(&inferred)) throw RuntimeError{std::string(ir::opName(op)) + ": " + err->message};
    auto& outTypes = std::get<std::vector<ir::TensorType>>(inferred);

    Tensors args;
    args.reserve(inputs.size());
    for (const Tensor& t : inputs) args.push_back(unwrap(t));
    Tensors results = run(op, attrs, args, inTypes, outTypes);

    // The type rule is the contract every other layer relies on: a kernel that disagrees is a bug.
    if (results.size() != outTypes.size())
      throw RuntimeError{"internal: the " + std::string(ir::opName(op)) + " kernel returned " +
                         std::to_string(results.size()) + " results, the type rule says " +
                         std::to_string(outTypes.size())};
    std::vector<Tensor> out;
    out.reserve(results.size());
    for (size_t i = 0; i < results.size(); ++i) {
      at::Tensor r = results[i].contiguous();
      const auto dtype = fromScalarType(r.scalar_type());
      if (dtype != outTypes[i].dtype || r.sizes() != c10::IntArrayRef(outTypes[i].shape)) {
        const ir::TensorType actual{dtype.value_or(outTypes[i].dtype), r.sizes().vec()};
        throw RuntimeError{"internal: the " + std::string(ir::opName(op)) + " kernel returned " +
                           (dtype ? ir::typeText(actual) : std::string(c10::toString(r.scalar_type()))) +
                           ", the type rule says " + ir::typeText(outTypes[i])};
      }
      out.emplace_back(std::make_shared<AtenTensor>(std::move(r)), std::move(outTypes[i]));
    }
    return out;
  }

  bool hasKernel(ir::OpKind op) const override {
    const auto index = static_cast<size_t>(op);
    return index < kernelTable().size() && kernelTable()[index] != nullptr;
  }

  Tensor fromBuffer(const ir::TensorType& type, const void* data) override {
    at::Tensor t = at::empty(type.shape, at::TensorOptions().dtype(toScalarType(type.dtype)));
    const size_t bytes = static_cast<size_t>(type.numel()) * ir::dtypeSize(type.dtype);
    if (bytes) std::memcpy(t.data_ptr(), data, bytes);
    return Tensor(std::make_shared<AtenTensor>(std::move(t)), type);
  }

  void toBuffer(const Tensor& tensor, void* out) const override {
    const at::Tensor t = unwrap(tensor).contiguous();
    const size_t bytes = static_cast<size_t>(t.numel()) * t.element_size();
    if (bytes) std::memcpy(out, t.data_ptr(), bytes);
  }

  // What torch.manual_seed does for the CPU generator (the lock is ATen's documented protocol).
  void manualSeed(uint64_t seed) override {
    at::Generator gen = at::detail::getDefaultCPUGenerator();
    std::lock_guard<std::mutex> lock(gen.mutex());
    gen.set_current_seed(seed);
  }

  std::string versionString() const override { return "ATen " TORCH_VERSION; }

 private:
  // Called inside a catch block: rethrows ATen's and the standard library's exceptions as
  // RuntimeError naming the op (ATen messages carry a backtrace after the first line).
  [[noreturn]] static void rethrowAsRuntimeError(ir::OpKind op) {
    const std::string prefix = std::string(ir::opName(op)) + ": ";
    try {
      throw;
    } catch (const c10::Error& e) {
      throw RuntimeError{prefix + firstLine(e.what_without_backtrace())};
    } catch (const RuntimeError& e) {
      throw RuntimeError{prefix + e.message};
    } catch (const std::exception& e) {
      throw RuntimeError{prefix + firstLine(e.what())};
    }
  }

  Tensors run(ir::OpKind op, const ir::Attrs& attrs, const Tensors& args, const std::vector<ir::TensorType>& inTypes,
              const std::vector<ir::TensorType>& outTypes) {
    const auto index = static_cast<size_t>(op);
    const Kernel kernel = kernelTable()[index];
    const bool reduced = !inTypes.empty() && isReducedFloat(inTypes[0].dtype);
    const uint8_t bit = reduced ? static_cast<uint8_t>(1u << static_cast<int>(inTypes[0].dtype == ir::DType::BFloat16)) : 0;
    try {
      if (!bit) return kernel(attrs, args);
      if (upcast_[index].load(std::memory_order_relaxed) & bit) return runUpcast(kernel, attrs, args, outTypes);
      // ATen CPU lacks some f16/bf16 kernels (softmax, matmul, erf, ...). numpy computes its f16
      // loops in float32 and rounds once; do the same, and remember it to skip the failed attempt.
      try {
        return kernel(attrs, args);
      } catch (const c10::Error& e) {
        if (!isMissingReducedFloatKernel(e)) throw;
      }
      upcast_[index].fetch_or(bit, std::memory_order_relaxed);
      return runUpcast(kernel, attrs, args, outTypes);
    } catch (...) {
      rethrowAsRuntimeError(op);
    }
  }

  static Tensors runUpcast(Kernel kernel, const ir::Attrs& attrs, const Tensors& args,
                           const std::vector<ir::TensorType>& outTypes) {
    Tensors wide;
    wide.reserve(args.size());
    for (const at::Tensor& a : args)
      wide.push_back(a.scalar_type() == at::kHalf || a.scalar_type() == at::kBFloat16 ? a.to(at::kFloat) : a);
    Tensors results = kernel(attrs, wide);
    for (size_t i = 0; i < results.size() && i < outTypes.size(); ++i)
      results[i] = results[i].to(toScalarType(outTypes[i].dtype));
    return results;
  }

  // Per op: bit 0 = run f16 inputs in float32, bit 1 = the same for bf16 (learnt on first failure).
  std::array<std::atomic<uint8_t>, ir::kOpCount> upcast_{};
};

}  // namespace

}  // namespace pt::runtime::aten

extern "C" __attribute__((visibility("default"))) pt::runtime::Backend* polytrace_create_backend() {
  return new pt::runtime::aten::AtenBackend();
}
