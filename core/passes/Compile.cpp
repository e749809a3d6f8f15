#include "passes/Compile.h"

namespace pt::passes {

Compiled compile(const ir::Graph& before, const ConstantEvaluator& evaluate) {
  Compiled c;
  c.after = before.clone();
  c.passes = optimize(*c.after, evaluate, &c.origin);
  c.fates.resize(before.nodes().size());
  for (size_t i = 0; i < c.origin.size(); ++i) c.fates[static_cast<size_t>(c.origin[i])].after = static_cast<int>(i);
  for (size_t p = 0; p < c.passes.size(); ++p) {
    const PassReport& r = c.passes[p];
    const int pass = static_cast<int>(p);
    for (int n : r.removedNodes) c.fates[static_cast<size_t>(n)] = {NodeFate::Kind::Removed, pass, -1, -1};
    for (const auto& [merged, into] : r.mergedNodes) c.fates[static_cast<size_t>(merged)] = {NodeFate::Kind::Merged, pass, into, -1};
    for (int n : r.foldedNodes) {
      NodeFate& f = c.fates[static_cast<size_t>(n)];
      f.kind = NodeFate::Kind::Folded;
      f.pass = pass;
    }
    c.removed += r.removed;
    c.merged += r.merged;
    c.folded += r.folded;
  }
  return c;
}

}  // namespace pt::passes
