#include "ApiNameCheck.h"

#include <fstream>
#include <functional>

#include "syntax/AstWalk.h"
#include "syntax/Parser.h"

namespace pt::test {

ApiList::ApiList(const std::string& path) {
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    Entry e;
    std::string name = line;
    if (auto paren = line.find('('); paren != std::string::npos) {
      name = line.substr(0, paren);
      e.callable = true;
      std::string params = line.substr(paren + 1, line.rfind(')') - paren - 1);
      int depth = 0;
      std::string current;
      auto flush = [&] {
        std::string p = current;
        current.clear();
        size_t b = p.find_first_not_of(' ');
        if (b == std::string::npos) return;
        p = p.substr(b);
        if (p.rfind("**", 0) == 0) {
          e.anyKeyword = true;
          return;
        }
        if (p[0] == '*' || p[0] == '/') return;
        e.params.insert(p.substr(0, p.find_first_of("=: ")));
      };
      for (char c : params) {
        if (c == '(' || c == '[' || c == '{') ++depth;
        if (c == ')' || c == ']' || c == '}') --depth;
        if (c == ',' && depth == 0) flush();
        else current += c;
      }
      flush();
    }
    for (size_t dot = name.find('.'); dot != std::string::npos; dot = name.find('.', dot + 1)) modules_.insert(name.substr(0, dot));
    entries_[name] = e;
  }
}

bool ApiList::knownName(const std::string& dotted) const {
  if (entries_.count(dotted) || modules_.count(dotted)) return true;
  // An attribute of a documented object (jax.config.update, tf.float64.is_floating).
  for (size_t dot = dotted.rfind('.'); dot != std::string::npos && dot > 0; dot = dotted.rfind('.', dot - 1)) {
    auto it = entries_.find(dotted.substr(0, dot));
    if (it != entries_.end()) return !it->second.callable || dotted.substr(0, dot) == "jax.Array";
    if (dot == 0) break;
  }
  return false;
}

std::vector<std::string> ApiList::check(const std::string& code) const {
  std::vector<std::string> problems;
  auto parsed = syntax::parseModule(code, "<generated>");
  if (!parsed.ok()) return {"generated code does not parse: " + parsed.firstErrorText()};
  std::map<std::string, std::string> aliases;
  for (const syntax::Stmt* s : parsed.module->body) {
    if (s->kind != syntax::StmtKind::Import) continue;
    for (const auto* a : static_cast<const syntax::Import*>(s)->names) {
      std::string full = a->name.rfind("tensorflow", 0) == 0 ? "tf" + a->name.substr(10) : a->name;
      aliases[a->asname.value_or(a->name.substr(0, a->name.find('.')))] =
          a->asname ? full : full.substr(0, full.find('.'));
    }
  }
  std::function<std::optional<std::string>(const syntax::Expr&)> dotted = [&](const syntax::Expr& e) -> std::optional<std::string> {
    if (e.kind == syntax::ExprKind::Name) {
      auto it = aliases.find(static_cast<const syntax::Name&>(e).id);
      if (it != aliases.end()) return it->second;
      return std::nullopt;
    }
    if (e.kind == syntax::ExprKind::Attribute) {
      const auto& a = static_cast<const syntax::Attribute&>(e);
      if (auto base = dotted(*a.value)) return *base + "." + a.attr;
    }
    return std::nullopt;
  };
  syntax::walkExprs(parsed.module->body, [&](const syntax::Expr& e) {
    if (e.kind == syntax::ExprKind::Attribute) {
      if (auto name = dotted(e); name && !knownName(*name)) problems.push_back(*name + " does not exist");
    }
    if (e.kind == syntax::ExprKind::Call) {
      const auto& c = static_cast<const syntax::Call&>(e);
      auto name = dotted(*c.func);
      if (!name) return;
      auto it = entries_.find(*name);
      if (it == entries_.end()) return;  // reported as an attribute if unknown
      for (const auto* k : c.keywords)
        if (k->arg && !it->second.anyKeyword && !it->second.params.count(*k->arg))
          problems.push_back(*name + " has no parameter '" + *k->arg + "'");
    }
  });
  return problems;
}

}  // namespace pt::test
