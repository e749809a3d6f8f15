#include "session/LazyTranspile.h"

#include <chrono>

#include "s2s/Translator.h"
#include "session/Session.h"

namespace pt::session {

using interp::Value;

namespace {
using Clock = std::chrono::steady_clock;
double msSince(Clock::time_point start) { return std::chrono::duration<double, std::milli>(Clock::now() - start).count(); }

std::string direction(ir::Framework source, ir::Framework target) {
  return std::string(ir::frameworkName(source)) + " -> " + std::string(ir::frameworkName(target));
}

std::string errorsText(const Diagnostics& diagnostics) {
  std::string text;
  for (const auto& d : diagnostics)
    if (d.severity == Severity::Error) text += "\n  " + d.format();
  return text;
}

std::string firstErrorCode(const Diagnostics& diagnostics) {
  for (const auto& d : diagnostics)
    if (d.severity == Severity::Error) return d.code;
  return "untranslatable";
}
}  // namespace

// ---- ModuleTranslations -------------------------------------------------------------------------

Value ModuleTranslations::translated(interp::Interpreter& in, const std::string& name) {
  if (auto it = modules_.find(name); it != modules_.end()) return it->second;
  auto* original = in.importModule(name).as<interp::ModuleObject>();
  if (!original || !original->source)
    in.raise("NotImplementedError", "module '" + name + "' has no Python source to transpile", "unsupported-api");
  s2s::Result r = cache_.translate({original->source->source, original->filename, "", source_, target_});
  if (r.code.empty())
    in.raise("NotImplementedError", "cannot transpile module '" + name + "' (" + direction(source_, target_) + "):" +
                                        errorsText(r.diagnostics), firstErrorCode(r.diagnostics));
  // Functions that could not be translated faithfully stay in the module as functions that raise
  // NotImplementedError naming why; say so now rather than only when one is called.
  for (const auto& [function, why] : r.failedFunctions)
    for (const auto& d : why)
      if (d.severity == Severity::Error) in.notes().push_back({Severity::Warning, d.code, name + "." + function + ": " + d.message, d.loc});
  std::string translatedName = prefix_ + "." + name;
  auto module = in.loadModuleSource(translatedName, original->filename + " [" + direction(source_, target_) + "]", r.code,
                                    original->isPackage);
  Value v = Value::object(module);
  modules_[name] = v;
  registry_->translatedModules.push_back(name + ": " + direction(source_, target_));
  return v;
}

void ModuleTranslations::registerPackage(interp::Interpreter& in, const interp::ModuleObject& package) {
  if (package.packagePath.empty()) return;
  // The interpreter keeps the factories as long as it lives, and translated code may import a
  // sibling at any time: the factories share ownership of the translations.
  auto self = shared_from_this();
  for (const auto& file : sourceFiles(package.packagePath)) {
    std::string name = file.module.empty() ? package.name : package.name + "." + file.module;
    in.registerBuiltinModule(prefix_ + "." + name, [self, name](interp::Interpreter& in) { return self->translated(in, name); });
  }
}

// ---- LazyModule ---------------------------------------------------------------------------------

LazyModule::LazyModule(std::shared_ptr<IvyRegistry> registry, std::shared_ptr<ModuleTranslations> translations, Value original)
    : registry_(std::move(registry)), translations_(std::move(translations)), original_(std::move(original)) {}

std::optional<Value> LazyModule::hostAttr(interp::Interpreter& in, const std::string& name) {
  if (auto it = members_.find(name); it != members_.end()) return it->second;
  const auto* module = original_.as<interp::ModuleObject>();
  if (name == "__name__") return interp::makeStr(module->name);
  std::optional<Value> member = in.tryGetAttr(original_, name);
  if (!member) return std::nullopt;
  Value proxy;
  if (member->as<interp::ModuleObject>()) {
    proxy = Value::object(std::make_shared<LazyModule>(registry_, translations_, *member));
  } else if (auto* fn = member->as<interp::FunctionObject>()) {
    auto f = std::make_shared<ModuleFunction>(translations_, *member, fn->module->name, fn->def ? fn->def->name : fn->qualname);
    registry_->callables.push_back(f);
    proxy = Value::object(f);
  } else if (member->as<interp::ClassObject>()) {
    in.raise("NotImplementedError", "'" + module->name + "." + name + "' is a class: lazily transpiled modules translate "
                                        "functions only", "unsupported-api");
  } else {
    return member;  // constants and the like mean the same in every framework
  }
  members_[name] = proxy;
  return proxy;
}

std::string LazyModule::hostRepr() const {
  return "<module '" + original_.as<interp::ModuleObject>()->name + "' (transpiled lazily, " +
         direction(translations_->source(), translations_->target()) + ")>";
}

// ---- ModuleFunction -----------------------------------------------------------------------------

ModuleFunction::ModuleFunction(std::shared_ptr<ModuleTranslations> translations, Value original, std::string module,
                               std::string name)
    : IvyCallable(IvyKind::ModuleFunction, std::move(name), std::move(original)),
      translations_(std::move(translations)),
      module_(std::move(module)) {}

Value ModuleFunction::call(interp::Interpreter& in, interp::CallArgs& args) {
  auto start = Clock::now();
  std::string why;
  if (translated_.isNone()) {
    Value module = translations_->translated(in, module_);
    code_ = module.as<interp::ModuleObject>()->source->source;
    translated_ = in.getAttr(module, name_);
    why = "translated " + module_ + " on first call";
  }
  Value result = in.callWith(translated_, args);
  logCall(msSince(start), !why.empty(), "", why);
  return result;
}

}  // namespace pt::session
