#include "codegen/PyFormat.h"

#include <cmath>

#include "base/FloatRepr.h"

namespace pt::codegen {

std::string join(const std::vector<std::string>& parts, const std::string& sep) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) out += (i ? sep : "") + parts[i];
  return out;
}

std::string pyTuple(const std::vector<int64_t>& xs) {
  std::vector<std::string> parts;
  for (int64_t x : xs) parts.push_back(std::to_string(x));
  return "(" + join(parts, ", ") + (xs.size() == 1 ? ",)" : ")");
}

std::string pyList(const std::vector<int64_t>& xs) {
  std::vector<std::string> parts;
  for (int64_t x : xs) parts.push_back(std::to_string(x));
  return "[" + join(parts, ", ") + "]";
}

std::string pyAxes(const std::vector<int64_t>& axes) {
  if (axes.empty()) return "None";
  if (axes.size() == 1) return std::to_string(axes[0]);
  return pyTuple(axes);
}

std::string pyBool(bool b) { return b ? "True" : "False"; }

std::string pyNumber(double v, ir::DType d) {
  if (d == ir::DType::Bool) return pyBool(v != 0);
  if (!ir::isFloating(d)) return std::to_string(static_cast<int64_t>(v));
  if (std::isnan(v)) return "float('nan')";
  if (std::isinf(v)) return v > 0 ? "float('inf')" : "-float('inf')";
  return pyFloatRepr(v);
}

std::string pyNestedList(const std::vector<double>& values, const std::vector<int64_t>& shape, ir::DType d) {
  if (shape.empty()) return values.empty() ? "0" : pyNumber(values[0], d);
  size_t pos = 0;
  auto rec = [&](auto&& self, size_t axis) -> std::string {
    std::vector<std::string> parts;
    for (int64_t i = 0; i < shape[axis]; ++i) {
      if (axis + 1 == shape.size()) parts.push_back(pos < values.size() ? pyNumber(values[pos++], d) : "0");
      else parts.push_back(self(self, axis + 1));
    }
    return "[" + join(parts, ", ") + "]";
  };
  return rec(rec, 0);
}

bool isAtomic(const std::string& expr) {
  int depth = 0;
  char quote = 0;
  if (!expr.empty() && expr[0] == '-') return false;
  for (size_t i = 0; i < expr.size(); ++i) {
    char c = expr[i];
    if (quote) {
      if (c == '\\') ++i;
      else if (c == quote) quote = 0;
      continue;
    }
    if (c == '\'' || c == '"') quote = c;
    else if (c == '(' || c == '[' || c == '{') ++depth;
    else if (c == ')' || c == ']' || c == '}') --depth;
    else if (depth == 0 && (c == ' ' || std::string_view("+-*/%@<>=!&|^~").find(c) != std::string_view::npos)) return false;
  }
  return true;
}

std::string paren(const std::string& expr) { return isAtomic(expr) ? expr : "(" + expr + ")"; }

}  // namespace pt::codegen
