#pragma once
// Command-line options: `--name value`, `--flag`, `-o value`, and positional arguments.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace pt::cli {

class CliArgs {
 public:
  // `valued` lists the options that take a value; any other --option is a flag.
  CliArgs(int argc, char** argv, int first, const std::set<std::string>& valued);

  std::optional<std::string> get(const std::string& name) const;
  std::string get(const std::string& name, const std::string& fallback) const;
  bool flag(const std::string& name) const { return flags_.count(name) > 0; }
  const std::vector<std::string>& positional() const { return positional_; }
  const std::vector<std::string>& errors() const { return errors_; }

 private:
  std::map<std::string, std::string> values_;
  std::set<std::string> flags_;
  std::vector<std::string> positional_;
  std::vector<std::string> errors_;
};

}  // namespace pt::cli
