#include "frontends/Signature.h"

#include <charconv>
#include <cstdio>
#include <cstdlib>

namespace pt::frontends {

namespace {

std::string trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t"), e = s.find_last_not_of(" \t");
  return b == std::string_view::npos ? std::string() : std::string(s.substr(b, e - b + 1));
}

[[noreturn]] void malformed(std::string_view text) {
  std::fprintf(stderr, "polytrace: malformed API signature in a frontend table: %.*s\n", static_cast<int>(text.size()),
               text.data());
  std::abort();
}

Arg parseDefault(const std::string& v, std::string_view whole) {
  if (v == "None") return Arg::none();
  if (v == "True") return Arg::boolean(true);
  if (v == "False") return Arg::boolean(false);
  if (v == "()") return Arg::sequence({}, true);
  if (v.size() >= 2 && (v[0] == '\'' || v[0] == '"')) return Arg::str(v.substr(1, v.size() - 2));
  if (v.find_first_of(".e") != std::string::npos) return Arg::real(std::strtod(v.c_str(), nullptr));
  int64_t i = 0;
  auto res = std::from_chars(v.data(), v.data() + v.size(), i);
  if (res.ec != std::errc() || res.ptr != v.data() + v.size()) malformed(whole);
  return Arg::integer(i);
}

}  // namespace

Signature Signature::parse(std::string_view text) {
  Signature sig;
  bool keywordOnly = false;
  size_t start = 0;
  while (start <= text.size()) {
    size_t comma = text.find(',', start);
    if (comma == std::string_view::npos) comma = text.size();
    std::string piece = trim(text.substr(start, comma - start));
    start = comma + 1;
    if (piece.empty()) {
      if (comma == text.size()) break;
      malformed(text);
    }
    if (piece == "*") {
      keywordOnly = true;
      continue;
    }
    Param p;
    if (piece.rfind("**", 0) == 0) {
      p.name = piece.substr(2);
      p.varKeyword = true;
    } else if (piece[0] == '*') {
      p.name = piece.substr(1);
      p.varPositional = true;
      keywordOnly = true;
    } else if (auto eq = piece.find('='); eq != std::string::npos) {
      p.name = trim(piece.substr(0, eq));
      p.hasDefault = true;
      p.defaultValue = parseDefault(trim(piece.substr(eq + 1)), text);
      p.keywordOnly = keywordOnly;
    } else {
      p.name = piece;
      p.keywordOnly = keywordOnly;
    }
    sig.params.push_back(std::move(p));
    if (comma == text.size()) break;
  }
  return sig;
}

const Arg& BoundArgs::get(std::string_view name) const {
  static const Arg kAbsent;
  for (const auto& [n, v] : values)
    if (n == name) return v;
  return kAbsent;
}

bool BoundArgs::has(std::string_view name) const { return !get(name).isNone(); }

bool BoundArgs::given(std::string_view name) const {
  for (const auto& n : explicitlyGiven)
    if (n == name) return true;
  return false;
}

std::optional<BoundArgs> bindArguments(const Signature& sig, std::string_view funcName, const std::vector<Arg>& positional,
                                       const std::vector<KeywordArg>& keywords, std::string& error) {
  BoundArgs bound;
  std::string fn = std::string(funcName) + "()";
  std::vector<std::optional<Arg>> slots(sig.params.size());
  size_t nextPositional = 0;
  const Param* varPositional = nullptr;
  bool acceptsAnyKeyword = false;
  size_t positionalCapacity = 0;
  for (const auto& p : sig.params) {
    if (p.varPositional) varPositional = &p;
    if (p.varKeyword) acceptsAnyKeyword = true;
    if (!p.keywordOnly && !p.varPositional && !p.varKeyword) ++positionalCapacity;
  }
  for (const Arg& a : positional) {
    while (nextPositional < sig.params.size() &&
           (sig.params[nextPositional].keywordOnly || sig.params[nextPositional].varKeyword))
      ++nextPositional;
    if (nextPositional < sig.params.size() && !sig.params[nextPositional].varPositional) {
      slots[nextPositional] = a;
      bound.explicitlyGiven.push_back(sig.params[nextPositional].name);
      ++nextPositional;
    } else if (varPositional) {
      bound.varArgs_.push_back(a);
    } else {
      error = fn + " takes " + std::to_string(positionalCapacity) + " positional argument" +
              (positionalCapacity == 1 ? "" : "s") + " but " + std::to_string(positional.size()) +
              (positional.size() == 1 ? " was" : " were") + " given";
      return std::nullopt;
    }
  }
  for (const auto& kw : keywords) {
    bool found = false;
    for (size_t i = 0; i < sig.params.size(); ++i) {
      const Param& p = sig.params[i];
      if (p.name != kw.name || p.varPositional || p.varKeyword) continue;
      if (slots[i]) {
        error = fn + " got multiple values for argument '" + kw.name + "'";
        return std::nullopt;
      }
      slots[i] = kw.value;
      bound.explicitlyGiven.push_back(kw.name);
      found = true;
      break;
    }
    if (!found && !acceptsAnyKeyword) {
      error = fn + " got an unexpected keyword argument '" + kw.name + "'";
      return std::nullopt;
    }
  }
  for (size_t i = 0; i < sig.params.size(); ++i) {
    const Param& p = sig.params[i];
    if (p.varPositional || p.varKeyword) continue;
    if (!slots[i]) {
      if (!p.hasDefault) {
        error = fn + " missing required argument '" + p.name + "'";
        return std::nullopt;
      }
      slots[i] = p.defaultValue;
    }
    bound.values.emplace_back(p.name, *slots[i]);
  }
  return bound;
}

std::string Arg::describe() const {
  switch (kind) {
    case Kind::Absent: return "nothing";
    case Kind::Tensor: return "a tensor";
    case Kind::None: return "None";
    case Kind::Bool: return boolValue ? "True" : "False";
    case Kind::Int: return "int " + std::to_string(intValue);
    case Kind::Float: return "float";
    case Kind::Str: return "str '" + text + "'";
    case Kind::DType: return std::string("dtype ") + std::string(ir::dtypeLongName(dtype));
    case Kind::Sequence: return isTuple ? "a tuple" : "a list";
    case Kind::Opaque: return text.empty() ? "an object" : text;
  }
  return "an object";
}

}  // namespace pt::frontends
