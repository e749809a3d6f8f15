#pragma once
// Python-style parameter lists for framework APIs ("input, dim=None, keepdim=False, *, dtype=None"),
// and binding of call arguments to them with Python's rules and error messages.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontends/Arg.h"

namespace pt::frontends {

struct Param {
  std::string name;
  bool hasDefault = false;
  Arg defaultValue;
  bool keywordOnly = false;
  bool varPositional = false;  // *args
  bool varKeyword = false;     // **kwargs (accepted and ignored by lowerings that don't read them)
};

struct Signature {
  std::vector<Param> params;
  static Signature parse(std::string_view text);  // aborts on malformed tables: they are program text
};

struct KeywordArg {
  std::string name;
  Arg value;
};

class BoundArgs {
 public:
  const Arg& get(std::string_view name) const;     // Absent when the parameter is unknown
  bool has(std::string_view name) const;           // given or defaulted to something other than None
  bool given(std::string_view name) const;         // passed explicitly by the caller
  const std::vector<Arg>& varArgs() const { return varArgs_; }

  std::vector<std::pair<std::string, Arg>> values;  // in parameter order
  std::vector<std::string> explicitlyGiven;
  std::vector<Arg> varArgs_;
};

// Binds like CPython. On failure returns nullopt and sets `error` to a TypeError message such as
// "mean() got an unexpected keyword argument 'axis'".
std::optional<BoundArgs> bindArguments(const Signature& sig, std::string_view funcName, const std::vector<Arg>& positional,
                                       const std::vector<KeywordArg>& keywords, std::string& error);

}  // namespace pt::frontends
