#pragma once
#include <optional>
#include <string_view>

namespace pt::ir {

// The frameworks Polytrace reads and writes. Ivy is the framework-neutral API ("unify").
enum class Framework { Torch, Numpy, Jax, TensorFlow, Ivy };
inline constexpr Framework kAllFrameworks[] = {Framework::Torch, Framework::Numpy, Framework::Jax,
                                              Framework::TensorFlow, Framework::Ivy};

std::string_view frameworkName(Framework);                    // "torch", "numpy", "jax", "tensorflow", "ivy"
std::optional<Framework> frameworkFromName(std::string_view);  // also accepts "tf", "np", "jnp"

}  // namespace pt::ir
