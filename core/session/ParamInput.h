#pragma once
// Example inputs chosen per parameter instead of typed as an expression: a random tensor drawn
// like numpy's legacy RandomState(seed), a constant tensor, or a .npy file. The IDE's inputs
// panel and `polytrace-cli --inputs JSON` both store them as JSON:
//   {"x": {"kind": "random", "shape": [3, 4], "dtype": "float32", "distribution": "normal",
//          "low": 0, "high": 1, "seed": 0},
//    "w": {"kind": "npy", "path": "weights.npy"}}
// Each becomes a numpy array; the session re-wraps it for the source framework like any argument.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "ir/DType.h"

namespace pt::session {

enum class InputKind { Random, Npy };
// uniform [low, high), normal(mean=low, std=high), integers [low, high), ones, zeros, arange.
enum class Distribution { Uniform, Normal, Integers, Ones, Zeros, Arange };

struct ParamInput {
  InputKind kind = InputKind::Random;
  std::vector<int64_t> shape;
  ir::DType dtype = ir::DType::Float32;
  Distribution distribution = Distribution::Uniform;
  double low = 0.0;   // normal: the mean
  double high = 1.0;  // normal: the standard deviation
  uint32_t seed = 0;
  std::string path;   // kind Npy; relative paths are relative to the project
  bool operator==(const ParamInput&) const = default;
};

using ParamInputs = std::map<std::string, ParamInput>;  // by parameter name

struct ParamInputError {
  std::string message;
};

// Throw ParamInputError naming the parameter and field at fault.
ParamInputs parseParamInputs(const std::string& json);
std::string paramInputsToJson(const ParamInputs& inputs);

std::string_view distributionName(Distribution d);  // "uniform", ...
std::vector<Distribution> allDistributions();

// The numpy expression computing the same array (shown to the user; the tests run it in real
// numpy and compare bit for bit). Npy: `np.load('path')`.
std::string pythonEquivalent(const ParamInput& input);

// The values, row-major, as doubles (integers exact up to 2^53) for the Random kind.
std::vector<double> randomValues(const ParamInput& input);

}  // namespace pt::session
