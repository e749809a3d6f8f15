#include "ir/Attr.h"

#include "base/FloatRepr.h"

namespace pt::ir {

namespace {
std::string quote(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

template <class T>
const T* find(const Attrs& attrs, const std::string& key) {
  auto it = attrs.find(key);
  if (it == attrs.end()) return nullptr;
  return std::get_if<T>(&it->second);
}
}  // namespace

std::string attrText(const AttrValue& v) {
  struct Printer {
    std::string operator()(const NoneAttr&) const { return "none"; }
    std::string operator()(bool b) const { return b ? "true" : "false"; }
    std::string operator()(int64_t i) const { return std::to_string(i); }
    std::string operator()(double d) const { return pyFloatRepr(d); }
    std::string operator()(const std::string& s) const { return quote(s); }
    std::string operator()(DType d) const { return std::string(dtypeName(d)); }
    std::string operator()(const std::vector<int64_t>& xs) const {
      std::string out = "[";
      for (size_t i = 0; i < xs.size(); ++i) out += (i ? ", " : "") + std::to_string(xs[i]);
      return out + "]";
    }
    std::string operator()(const std::vector<double>& xs) const {
      // A float list always shows a float form ("1.0"), so it never reads back as an int list.
      std::string out = "[";
      for (size_t i = 0; i < xs.size(); ++i) out += (i ? ", " : "") + pyFloatRepr(xs[i]);
      return out + "]";
    }
  };
  return std::visit(Printer{}, v);
}

std::string attrsText(const Attrs& attrs) {
  if (attrs.empty()) return {};
  std::string out = "{";
  bool first = true;
  for (const auto& [k, v] : attrs) {
    if (!first) out += ", ";
    first = false;
    out += k + "=" + attrText(v);
  }
  return out + "}";
}

int64_t attrInt(const Attrs& a, const std::string& k, int64_t fallback) {
  if (auto p = find<int64_t>(a, k)) return *p;
  return fallback;
}
double attrFloat(const Attrs& a, const std::string& k, double fallback) {
  if (auto p = find<double>(a, k)) return *p;
  if (auto p = find<int64_t>(a, k)) return static_cast<double>(*p);
  return fallback;
}
bool attrBool(const Attrs& a, const std::string& k, bool fallback) {
  if (auto p = find<bool>(a, k)) return *p;
  return fallback;
}
std::vector<int64_t> attrInts(const Attrs& a, const std::string& k) {
  if (auto p = find<std::vector<int64_t>>(a, k)) return *p;
  return {};
}
std::vector<double> attrFloats(const Attrs& a, const std::string& k) {
  if (auto p = find<std::vector<double>>(a, k)) return *p;
  if (auto p = find<std::vector<int64_t>>(a, k)) return std::vector<double>(p->begin(), p->end());
  return {};
}
std::optional<DType> attrDType(const Attrs& a, const std::string& k) {
  if (auto p = find<DType>(a, k)) return *p;
  return std::nullopt;
}
std::string attrString(const Attrs& a, const std::string& k, const std::string& fallback) {
  if (auto p = find<std::string>(a, k)) return *p;
  return fallback;
}
bool attrIsNone(const Attrs& a, const std::string& k) {
  auto it = a.find(k);
  return it == a.end() || std::holds_alternative<NoneAttr>(it->second);
}

}  // namespace pt::ir
