#pragma once
// Node attributes: a sorted map from name to a small closed set of value kinds.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "ir/DType.h"

namespace pt::ir {

struct NoneAttr {
  bool operator==(const NoneAttr&) const = default;
};

using AttrValue = std::variant<NoneAttr, bool, int64_t, double, std::string, DType, std::vector<int64_t>, std::vector<double>>;
using Attrs = std::map<std::string, AttrValue>;

std::string attrText(const AttrValue&);   // IR text form: none, true, 3, 0.5, "s", f32, [1, 2], [0.5, 1.0]
std::string attrsText(const Attrs&);      // "{axes=[], keepdims=false}" or "" when empty

// Typed accessors; a missing attribute or a wrong kind returns the fallback.
int64_t attrInt(const Attrs&, const std::string& key, int64_t fallback = 0);
double attrFloat(const Attrs&, const std::string& key, double fallback = 0.0);
bool attrBool(const Attrs&, const std::string& key, bool fallback = false);
std::vector<int64_t> attrInts(const Attrs&, const std::string& key);
std::vector<double> attrFloats(const Attrs&, const std::string& key);
std::optional<DType> attrDType(const Attrs&, const std::string& key);
std::string attrString(const Attrs&, const std::string& key, const std::string& fallback = {});
bool attrIsNone(const Attrs&, const std::string& key);  // true when absent or none

}  // namespace pt::ir
