#include <array>

#include "frontends/ApiTable.h"

namespace pt::frontends {

std::optional<ir::DType> dtypeSymbol(std::string_view symbol) {
  using ir::DType;
  struct Alias {
    std::string_view name;
    DType dtype;
  };
  // Framework-specific spellings beyond the long names ("float32", "int64", ...).
  static constexpr Alias kAliases[] = {
      {"torch.float", DType::Float32}, {"torch.double", DType::Float64}, {"torch.half", DType::Float16},
      {"torch.long", DType::Int64},    {"torch.int", DType::Int32},     {"torch.short", DType::Int16},
      {"numpy.float_", DType::Float64}, {"numpy.int_", DType::Int64},   {"numpy.bool_", DType::Bool},
      {"numpy.double", DType::Float64}, {"numpy.single", DType::Float32}, {"numpy.intp", DType::Int64},
      {"numpy.half", DType::Float16},  {"jax.numpy.bool_", DType::Bool}, {"tensorflow.double", DType::Float64},
      {"tensorflow.half", DType::Float16},
  };
  for (const auto& a : kAliases)
    if (a.name == symbol) return a.dtype;
  static constexpr std::string_view kRoots[] = {"torch.", "numpy.", "jax.numpy.", "tensorflow.", "ivy."};
  for (auto root : kRoots) {
    if (symbol.substr(0, root.size()) != root) continue;
    auto rest = symbol.substr(root.size());
    if (rest == "bool" && root != "numpy.") return DType::Bool;
    if (rest == "bool") continue;
    if (auto d = ir::dtypeFromLongName(rest)) return d;
  }
  return std::nullopt;
}

}  // namespace pt::frontends
