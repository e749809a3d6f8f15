#include "cli/CliArgs.h"

namespace pt::cli {

CliArgs::CliArgs(int argc, char** argv, int first, const std::set<std::string>& valued) {
  for (int i = first; i < argc; ++i) {
    std::string a = argv[i];
    if (a.size() > 1 && a[0] == '-' && a != "-") {
      std::string name = a;
      std::string value;
      bool inlineValue = false;
      if (auto eq = a.find('='); eq != std::string::npos && a.rfind("--", 0) == 0) {
        name = a.substr(0, eq);
        value = a.substr(eq + 1);
        inlineValue = true;
      }
      if (valued.count(name)) {
        if (!inlineValue) {
          if (i + 1 >= argc) {
            errors_.push_back("option " + name + " needs a value");
            continue;
          }
          value = argv[++i];
        }
        values_[name] = value;
      } else if (inlineValue) {
        errors_.push_back("option " + name + " takes no value");
      } else {
        flags_.insert(name);
      }
    } else {
      positional_.push_back(a);
    }
  }
}

std::optional<std::string> CliArgs::get(const std::string& name) const {
  auto it = values_.find(name);
  if (it == values_.end()) return std::nullopt;
  return it->second;
}

std::string CliArgs::get(const std::string& name, const std::string& fallback) const {
  return get(name).value_or(fallback);
}

}  // namespace pt::cli
