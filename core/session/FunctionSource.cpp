#include "session/FunctionSource.h"

#include <functional>
#include <map>
#include <set>

#include "syntax/AstWalk.h"
#include "syntax/Parser.h"
#include "syntax/SourceText.h"

namespace pt::session {

namespace {

const syntax::ParseResult* definingParse(const interp::FunctionObject& fn) {
  if (!fn.def || !fn.module) return nullptr;
  auto holds = [&](const syntax::ParseResult* p) {
    if (!p || !p->module) return false;
    for (const syntax::Stmt* s : p->module->body)
      if (s == fn.def) return true;
    return false;
  };
  if (holds(fn.module->source.get())) return fn.module->source.get();
  // Code run into an existing module (notebook cells, --setup) keeps its AST in holder modules
  // stored among the module's globals (see Interpreter::execSource).
  for (const auto& [key, value] : fn.module->globals) {
    if (key.rfind("__polytrace_source_", 0) != 0) continue;
    if (auto* holder = value.as<interp::ModuleObject>(); holder && holds(holder->source.get())) return holder->source.get();
  }
  return nullptr;
}

// Blanks text[begin, end) keeping the newlines, so every other position stays valid.
void blank(std::string& text, size_t begin, size_t end) {
  for (size_t i = begin; i < end && i < text.size(); ++i)
    if (text[i] != '\n' && text[i] != '\r') text[i] = ' ';
}

// Names the function binds for itself (parameters, assignment targets, nested defs): a
// module-level name it shadows cannot be what it reads.
std::set<std::string> localNames(const syntax::FunctionDef& def) {
  std::set<std::string> names;
  const syntax::Arguments& a = *def.args;
  for (const auto* group : {&a.posonlyargs, &a.args, &a.kwonlyargs})
    for (const syntax::Arg* p : *group) names.insert(p->arg);
  if (a.vararg) names.insert(a.vararg->arg);
  if (a.kwarg) names.insert(a.kwarg->arg);
  syntax::walkExprs(def.body, [&](const syntax::Expr& e) {
    if (e.kind == syntax::ExprKind::Name && static_cast<const syntax::Name&>(e).ctx == syntax::ExprContext::Store)
      names.insert(static_cast<const syntax::Name&>(e).id);
  });
  std::function<void(const std::vector<syntax::Stmt*>&)> scan = [&](const std::vector<syntax::Stmt*>& body) {
    for (const syntax::Stmt* s : body) {
      if (s->kind == syntax::StmtKind::FunctionDef || s->kind == syntax::StmtKind::ClassDef) {
        names.insert(s->kind == syntax::StmtKind::ClassDef ? static_cast<const syntax::ClassDef*>(s)->name
                                                           : static_cast<const syntax::FunctionDef*>(s)->name);
        continue;
      }
      if (s->kind == syntax::StmtKind::Global)
        for (const auto& n : static_cast<const syntax::Global*>(s)->names) names.erase(n);
      syntax::forEachStmtBlock(*s, scan);
    }
  };
  scan(def.body);
  return names;
}

// Module-level assignments only to names the function shadows: script or notebook code around
// the function (`x = tf.constant(...)` next to `def f(x)`), never part of its translation.
bool onlyShadowedTargets(const syntax::Stmt& s, const std::set<std::string>& locals) {
  if (s.kind != syntax::StmtKind::Assign) return false;
  bool any = false;
  for (const syntax::Expr* t : static_cast<const syntax::Assign&>(s).targets) {
    if (t->kind != syntax::ExprKind::Name || !locals.count(static_cast<const syntax::Name*>(t)->id)) return false;
    any = true;
  }
  return any;
}

// A notebook cell or --setup code uses the frameworks earlier code imported (`import torch` in
// cell 1, `def f` in cell 5): the translator needs those imports to know what `torch.` means.
// Appended, so every position in the source stays where it was.
std::string frameworkImportsFromElsewhere(const syntax::ParseResult& parse, const interp::ModuleObject& module) {
  std::set<std::string> imported;
  for (const syntax::Stmt* s : parse.module->body) {
    if (s->kind == syntax::StmtKind::Import)
      for (const auto* a : static_cast<const syntax::Import*>(s)->names) imported.insert(a->asname.value_or(a->name.substr(0, a->name.find('.'))));
    if (s->kind == syntax::StmtKind::ImportFrom)
      for (const auto* a : static_cast<const syntax::ImportFrom*>(s)->names) imported.insert(a->asname.value_or(a->name));
  }
  std::map<std::string, std::string> lines;  // sorted: the output does not depend on hash order
  for (const auto& [name, value] : module.globals) {
    auto* ns = value.as<interp::FrameworkNamespace>();
    if (!ns || imported.count(name)) continue;
    lines[name] = ns->symbol == name ? "import " + name : "import " + ns->symbol + " as " + name;
  }
  std::string text = lines.empty() ? "" : "\n";
  for (const auto& [name, line] : lines) text += line + "\n";
  return text;
}

}  // namespace

std::optional<FunctionSource> functionSource(const interp::FunctionObject& fn) {
  const syntax::ParseResult* parse = definingParse(fn);
  if (!parse) return std::nullopt;
  FunctionSource src;
  src.text = parse->source;
  src.filename = parse->filename;
  src.name = fn.def->name;
  syntax::SourceText positions(parse->source);
  auto begin = [&](const syntax::Node& n) { return positions.offset(n.pos.lineno, n.pos.col_offset); };
  auto end = [&](const syntax::Node& n) { return positions.offset(n.pos.end_lineno, n.pos.end_col_offset); };
  // The decorators are how the function got here (@ivy.transpile(...)): the translation is of the
  // function itself, so they must not be translated and applied again.
  for (const syntax::Expr* d : fn.def->decorator_list) {
    size_t at = parse->source.rfind('@', begin(*d));
    blank(src.text, at == std::string::npos ? begin(*d) : at, end(*d));
  }
  if (parse != fn.module->source.get()) src.text += frameworkImportsFromElsewhere(*parse, *fn.module);
  std::set<std::string> locals = localNames(*fn.def);
  for (const syntax::Stmt* s : parse->module->body)
    if (onlyShadowedTargets(*s, locals)) {
      blank(src.text, begin(*s), end(*s));
      src.text[begin(*s)] = '0';  // a statement must stay: the assignment may be a block's only one
    }
  return src;
}

std::optional<ir::Framework> frameworkOfSource(const std::string& text, const std::string& filename) {
  auto parsed = syntax::parseModule(text, filename);
  if (!parsed.module) return std::nullopt;
  std::optional<ir::Framework> ivy;
  for (const syntax::Stmt* s : parsed.module->body) {
    std::vector<std::string> names;
    if (s->kind == syntax::StmtKind::Import)
      for (const auto* a : static_cast<const syntax::Import*>(s)->names) names.push_back(a->name);
    if (s->kind == syntax::StmtKind::ImportFrom) {
      const auto* f = static_cast<const syntax::ImportFrom*>(s);
      if (f->module && f->level == 0) names.push_back(*f->module);
    }
    for (const auto& n : names) {
      auto fw = ir::frameworkFromName(n.substr(0, n.find('.')));
      if (!fw) continue;
      if (*fw != ir::Framework::Ivy) return fw;
      ivy = fw;
    }
  }
  return ivy;
}

}  // namespace pt::session
