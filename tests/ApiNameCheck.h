#pragma once
// Checks generated jax/tensorflow code against the public API lists taken from the real
// libraries (../shared/api/*.txt): every name used exists, and every keyword is a parameter.
#include <map>
#include <set>
#include <string>
#include <vector>

namespace pt::test {

class ApiList {
 public:
  explicit ApiList(const std::string& path);
  bool loaded() const { return !entries_.empty(); }
  // Problems found in `code` ("tf.math.frob does not exist", "jax.numpy.std has no parameter 'dof'").
  std::vector<std::string> check(const std::string& code) const;

 private:
  struct Entry {
    bool callable = false;
    std::set<std::string> params;
    bool anyKeyword = false;
  };
  std::map<std::string, Entry> entries_;
  std::set<std::string> modules_;
  bool knownName(const std::string& dotted) const;
};

}  // namespace pt::test
