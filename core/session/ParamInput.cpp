#include "session/ParamInput.h"

#include <array>
#include <cmath>
#include <nlohmann/json.hpp>
#include <utility>

#include "base/FloatRepr.h"
#include "runtime/NumpyRandom.h"

namespace pt::session {

namespace {

using nlohmann::json;

constexpr std::array<std::pair<Distribution, std::string_view>, 6> kDistributions{{
    {Distribution::Uniform, "uniform"},
    {Distribution::Normal, "normal"},
    {Distribution::Integers, "integers"},
    {Distribution::Ones, "ones"},
    {Distribution::Zeros, "zeros"},
    {Distribution::Arange, "arange"},
}};

[[noreturn]] void fail(const std::string& param, const std::string& what) {
  throw ParamInputError{"inputs: parameter '" + param + "': " + what};
}

int64_t numelOf(const std::vector<int64_t>& shape) {
  int64_t n = 1;
  for (int64_t d : shape) n *= d;
  return n;
}

std::string shapeTuple(const std::vector<int64_t>& shape) {
  std::string text = "(";
  for (size_t i = 0; i < shape.size(); ++i) text += (i ? ", " : "") + std::to_string(shape[i]);
  return text + (shape.size() == 1 ? ",)" : ")");
}

// Python literals for the expression: repr of a float, quoted path.
std::string num(double v) { return pyFloatRepr(v); }
std::string pyString(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += (c == '\'' || c == '\\') ? std::string("\\") + c : std::string(1, c);
  return out + "'";
}

ParamInput parseOne(const std::string& param, const json& j) {
  if (!j.is_object()) fail(param, "expected an object");
  ParamInput in;
  const std::string kind = j.value("kind", std::string("random"));
  if (kind == "npy") {
    in.kind = InputKind::Npy;
    // An empty path is a choice in progress (the IDE's row before a file is picked): reading it fails.
    if (j.contains("path") && !j["path"].is_string()) fail(param, "'path' must be a string");
    in.path = j.value("path", std::string());
    return in;
  }
  if (kind != "random") fail(param, "unknown kind '" + kind + "' (random or npy)");
  if (j.contains("shape")) {
    if (!j["shape"].is_array()) fail(param, "'shape' must be a list of sizes");
    for (const auto& d : j["shape"]) {
      if (!d.is_number_integer() || d.get<int64_t>() < 0) fail(param, "'shape' must hold sizes >= 0");
      in.shape.push_back(d.get<int64_t>());
    }
  }
  const std::string dtype = j.value("dtype", std::string("float32"));
  const auto d = ir::dtypeFromLongName(dtype);
  if (!d || *d == ir::DType::BFloat16) fail(param, "unknown dtype '" + dtype + "'");
  in.dtype = *d;
  const std::string dist = j.value("distribution", std::string("uniform"));
  bool known = false;
  for (const auto& [value, name] : kDistributions)
    if (name == dist) in.distribution = value, known = true;
  if (!known) fail(param, "unknown distribution '" + dist + "'");
  in.low = j.value("low", 0.0);
  in.high = j.value("high", in.distribution == Distribution::Integers ? 10.0 : 1.0);
  const int64_t seed = j.value("seed", int64_t{0});
  if (seed < 0 || seed > 0xffffffffll) fail(param, "'seed' must be in [0, 2**32)");
  in.seed = static_cast<uint32_t>(seed);
  if (in.distribution == Distribution::Integers &&
      (in.low != std::floor(in.low) || in.high != std::floor(in.high) || in.low >= in.high))
    fail(param, "integers need whole bounds with low < high");
  if (in.distribution == Distribution::Uniform && !(in.low < in.high)) fail(param, "uniform needs low < high");
  if (in.distribution == Distribution::Normal && !(in.high >= 0)) fail(param, "normal needs a standard deviation >= 0");
  return in;
}

}  // namespace

std::string_view distributionName(Distribution d) {
  for (const auto& [value, name] : kDistributions)
    if (value == d) return name;
  return "uniform";
}

std::vector<Distribution> allDistributions() {
  std::vector<Distribution> all;
  for (const auto& [value, name] : kDistributions) all.push_back(value);
  return all;
}

ParamInputs parseParamInputs(const std::string& text) {
  ParamInputs inputs;
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) return inputs;
  json j = json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) throw ParamInputError{"inputs: expected a JSON object {\"param\": {...}}"};
  for (const auto& [param, spec] : j.items()) inputs.emplace(param, parseOne(param, spec));
  return inputs;
}

std::string paramInputsToJson(const ParamInputs& inputs) {
  json j = json::object();
  for (const auto& [param, in] : inputs) {
    if (in.kind == InputKind::Npy) {
      j[param] = {{"kind", "npy"}, {"path", in.path}};
      continue;
    }
    j[param] = {{"kind", "random"},
                {"shape", in.shape},
                {"dtype", std::string(ir::dtypeLongName(in.dtype))},
                {"distribution", std::string(distributionName(in.distribution))},
                {"low", in.low},
                {"high", in.high},
                {"seed", in.seed}};
  }
  return j.dump();
}

std::string pythonEquivalent(const ParamInput& in) {
  if (in.kind == InputKind::Npy) return "np.load(" + pyString(in.path) + ")";
  const std::string size = shapeTuple(in.shape);
  const std::string rs = "np.random.RandomState(" + std::to_string(in.seed) + ")";
  std::string base;
  switch (in.distribution) {
    case Distribution::Uniform: base = rs + ".uniform(" + num(in.low) + ", " + num(in.high) + ", size=" + size + ")"; break;
    case Distribution::Normal: base = rs + ".normal(" + num(in.low) + ", " + num(in.high) + ", size=" + size + ")"; break;
    case Distribution::Integers:
      base = rs + ".randint(" + std::to_string(static_cast<int64_t>(in.low)) + ", " +
             std::to_string(static_cast<int64_t>(in.high)) + ", size=" + size + ")";
      break;
    case Distribution::Ones: base = "np.ones(" + size + ")"; break;
    case Distribution::Zeros: base = "np.zeros(" + size + ")"; break;
    case Distribution::Arange: base = "np.arange(" + std::to_string(numelOf(in.shape)) + ").reshape(" + size + ")"; break;
  }
  // numpy spells its bool dtype np.bool_ (np.bool is gone since numpy 1.24).
  const std::string dtype = in.dtype == ir::DType::Bool ? "bool_" : std::string(ir::dtypeLongName(in.dtype));
  return base + ".astype(np." + dtype + ")";
}

std::vector<double> randomValues(const ParamInput& in) {
  const int64_t n = numelOf(in.shape);
  runtime::NumpyRandomState rs;
  rs.seed(in.seed);
  switch (in.distribution) {
    case Distribution::Uniform: return rs.uniform(in.low, in.high, n);
    case Distribution::Normal: return rs.normal(in.low, in.high, n);
    case Distribution::Integers: {
      const auto ints = rs.randint(static_cast<int64_t>(in.low), static_cast<int64_t>(in.high), n);
      return {ints.begin(), ints.end()};
    }
    case Distribution::Ones: return std::vector<double>(static_cast<size_t>(n), 1.0);
    case Distribution::Zeros: return std::vector<double>(static_cast<size_t>(n), 0.0);
    case Distribution::Arange: {
      std::vector<double> v(static_cast<size_t>(n));
      for (int64_t i = 0; i < n; ++i) v[static_cast<size_t>(i)] = static_cast<double>(i);
      return v;
    }
  }
  return {};
}

}  // namespace pt::session
