#pragma once
// The per-framework API tables: fully qualified symbol → parameter list → lowering.
// Symbols use the framework's canonical module path ("torch.mean", "numpy.std",
// "tensorflow.math.reduce_mean", "jax.numpy.mean", "ivy.mean"); tensor methods and operators
// live under the tensor type ("torch.Tensor.mean", "numpy.ndarray.__add__", ...).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontends/Builder.h"
#include "frontends/Signature.h"
#include "ir/Framework.h"

namespace pt::frontends {

struct ApiEntry;
using LowerFn = Lowered (*)(Builder&, const BoundArgs&, const ApiEntry&);

struct ApiEntry {
  std::string symbol;       // fully qualified
  Signature signature;
  LowerFn lower;
  ir::OpKind op{};          // the op a generic lowering emits
  ir::Attrs attrs;          // fixed attributes a generic lowering adds (e.g. correction=1)
  ir::Framework framework{};
  std::string note;         // shown in the coverage table
};

// Lowering-time description of one table row, used to build the tables compactly.
struct ApiRow {
  const char* name;       // relative to the table's prefix, e.g. "mean" or "Tensor.mean"
  const char* signature;
  LowerFn lower;
  ir::OpKind op = ir::OpKind::Constant;
  ir::Attrs attrs = {};
  const char* note = "";
};

class ApiTable {
 public:
  static const ApiTable& instance();

  const ApiEntry* find(std::string_view symbol) const;
  // True when `prefix` names a module or namespace that holds entries ("torch.nn", "tensorflow.math").
  bool isNamespace(std::string_view prefix) const;
  const std::vector<ApiEntry>& entries() const { return entries_; }

  // The tensor type's symbol prefix per framework: "torch.Tensor", "numpy.ndarray", "jax.Array",
  // "tensorflow.Tensor", "ivy.Array".
  static std::string_view tensorTypePrefix(ir::Framework fw);
  // The module whose name `import X` binds: "torch", "numpy", "jax", "tensorflow", "ivy".
  static std::string_view rootModule(ir::Framework fw);

  void add(ir::Framework fw, std::string_view prefix, const std::vector<ApiRow>& rows);

 private:
  ApiTable();
  std::vector<ApiEntry> entries_;
  std::vector<size_t> sortedIndex_;
  std::vector<std::string> namespaces_;
  void finish();
};

// Table registration functions, one per framework file.
void registerTorchApi(ApiTable&);
void registerNumpyApi(ApiTable&);
void registerJaxApi(ApiTable&);
void registerTensorFlowApi(ApiTable&);
void registerIvyApi(ApiTable&);
void registerNeuralNetApi(ApiTable&);  // torch.nn.functional, jax.nn, tf.nn: activations and losses

// Dtype objects by framework: "torch.float32" → f32, "numpy.float64" → f64, "tensorflow.int32" → i32.
std::optional<ir::DType> dtypeSymbol(std::string_view symbol);

}  // namespace pt::frontends
