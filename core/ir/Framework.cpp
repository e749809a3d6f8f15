#include "ir/Framework.h"

namespace pt::ir {

std::string_view frameworkName(Framework f) {
  switch (f) {
    case Framework::Torch: return "torch";
    case Framework::Numpy: return "numpy";
    case Framework::Jax: return "jax";
    case Framework::TensorFlow: return "tensorflow";
    case Framework::Ivy: return "ivy";
  }
  return "torch";
}

std::optional<Framework> frameworkFromName(std::string_view name) {
  struct Alias {
    std::string_view name;
    Framework framework;
  };
  static constexpr Alias kAliases[] = {
      {"torch", Framework::Torch},       {"pytorch", Framework::Torch},  {"numpy", Framework::Numpy},
      {"np", Framework::Numpy},          {"jax", Framework::Jax},        {"jnp", Framework::Jax},
      {"tensorflow", Framework::TensorFlow}, {"tf", Framework::TensorFlow}, {"ivy", Framework::Ivy},
  };
  for (const auto& a : kAliases)
    if (a.name == name) return a.framework;
  return std::nullopt;
}

}  // namespace pt::ir
