#pragma once
// ivy.transpile of a whole module (an imported package such as an image library) is lazy: it
// returns a proxy module at once and translates nothing. A function of it is translated when it
// is first called — source-to-source, the whole file that defines it, once — and runs from then
// on as translated code in the interpreter. Translated modules are importable under a private
// package name, so their relative imports reach translated siblings, never the originals.
#include <map>
#include <memory>
#include <string>

#include "session/IvyCallables.h"
#include "session/TranslationCache.h"

namespace pt::session {

// One ivy.transpile(module, ...) call: the translations it made, shared by its proxies.
class ModuleTranslations : public std::enable_shared_from_this<ModuleTranslations> {
 public:
  ModuleTranslations(std::shared_ptr<IvyRegistry> registry, ir::Framework source, ir::Framework target, std::string prefix)
      : registry_(std::move(registry)), source_(source), target_(target), prefix_(std::move(prefix)) {}

  // The translated module of original module `name` ("kornia.color"), translated on first use.
  interp::Value translated(interp::Interpreter& in, const std::string& name);
  // Makes `prefix.NAME` importable for every module of the original package (for relative imports).
  void registerPackage(interp::Interpreter& in, const interp::ModuleObject& package);

  ir::Framework source() const { return source_; }
  ir::Framework target() const { return target_; }
  int translationCount() const { return static_cast<int>(modules_.size()); }
  const std::string& prefix() const { return prefix_; }

 private:
  std::shared_ptr<IvyRegistry> registry_;
  ir::Framework source_, target_;
  std::string prefix_;                          // private top-level package name
  std::map<std::string, interp::Value> modules_;  // original name → translated module
  TranslationCache cache_{TranslationCache::defaultDir()};  // a module translated once stays translated on disk
};

// The proxy of an original module: attribute access mirrors the original — submodules become
// proxies, functions become ModuleFunctions — and never translates.
class LazyModule : public interp::Object, public interp::HostObject {
 public:
  LazyModule(std::shared_ptr<IvyRegistry> registry, std::shared_ptr<ModuleTranslations> translations, interp::Value original);
  std::string_view typeName() const override { return "module"; }
  std::optional<interp::Value> hostAttr(interp::Interpreter& in, const std::string& name) override;
  std::string hostRepr() const override;
  const ModuleTranslations& translations() const { return *translations_; }

 private:
  std::shared_ptr<IvyRegistry> registry_;
  std::shared_ptr<ModuleTranslations> translations_;
  interp::Value original_;
  std::map<std::string, interp::Value> members_;  // the same proxy / function object on every access
};

// A function of a lazily transpiled module: translated (its defining module, as a whole) on the
// first call, which the call log marks; later calls run the translation.
class ModuleFunction : public IvyCallable {
 public:
  ModuleFunction(std::shared_ptr<ModuleTranslations> translations, interp::Value original, std::string module, std::string name);
  interp::Value call(interp::Interpreter& in, interp::CallArgs& args) override;
  bool isTranslated() const { return !translated_.isNone(); }

 private:
  std::shared_ptr<ModuleTranslations> translations_;
  std::string module_;  // the defining module's original name
  interp::Value translated_;
};

}  // namespace pt::session
