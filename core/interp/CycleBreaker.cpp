#include "interp/CycleBreaker.h"

#include <vector>

#include "interp/Objects.h"

namespace pt::interp {

void CycleBreaker::track(const std::shared_ptr<ModuleObject>& module) {
  if (module) modules_.try_emplace(module.get(), module);
}

void CycleBreaker::track(const std::shared_ptr<Scope>& closure) {
  if (!closure) return;
  // A dead scope's address may be reused by a new one: always store the current owner.
  scopes_[closure.get()] = closure;
  if (scopes_.size() < 2 * scopesAfterLastSweep_ + 64) return;
  std::erase_if(scopes_, [](const auto& entry) { return entry.second.expired(); });
  scopesAfterLastSweep_ = scopes_.size();
}

void CycleBreaker::breakAll() {
  // Values are moved out before they die: a destructor running while the map is being cleared
  // must not find it half-emptied.
  std::vector<Value> doomed;
  for (auto& [raw, weak] : scopes_)
    if (auto scope = weak.lock()) {
      for (auto& [name, value] : scope->vars) doomed.push_back(std::move(value));
      scope->vars.clear();
      scope->enclosing.reset();
    }
  for (auto& [raw, weak] : modules_)
    if (auto module = weak.lock()) {
      for (auto& [name, value] : module->globals) doomed.push_back(std::move(value));
      module->globals.clear();
    }
  scopes_.clear();
  modules_.clear();
}

}  // namespace pt::interp
