#include "s2s/Translator.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "codegen/EmitContext.h"
#include "codegen/GraphCodegen.h"
#include "codegen/PyFormat.h"
#include "frontends/ApiTable.h"
#include "frontends/Lowerings.h"
#include "s2s/S2sBuilder.h"
#include "s2s/TargetSpellings.h"
#include "s2s/TypeFacts.h"
#include "syntax/AstWalk.h"
#include "syntax/Parser.h"
#include "syntax/SourceText.h"

namespace pt::s2s {

using namespace syntax;
using frontends::Arg;

namespace {

struct Replacement {
  size_t begin, end;
  std::string text;
};

std::string applyReplacements(std::string_view text, size_t base, std::vector<Replacement> reps) {
  std::sort(reps.begin(), reps.end(), [](const Replacement& a, const Replacement& b) { return a.begin < b.begin; });
  std::string out;
  size_t pos = base;
  for (const auto& r : reps) {
    if (r.begin < pos) continue;  // nested in an earlier replacement
    out += text.substr(pos, r.begin - pos);
    out += r.text;
    pos = r.end;
  }
  return out;
}

std::optional<ir::Framework> frameworkOfSymbol(const std::string& symbol) {
  return ir::frameworkFromName(symbol.substr(0, symbol.find('.')));
}

class ModuleTranslator {
 public:
  explicit ModuleTranslator(const Request& r)
      : req_(r),
        parsed_(parseModule(r.sourceBytes, r.filename)),
        text_(parsed_.source),
        ctx_(r.target),
        facts_([this](const Expr& e) { return symbolOf(e); }, [this](const std::string& sym) { return returnsTensor(sym); },
               [this](const std::string& sym) { return isTensorTypeSymbol(sym); },
               r.observed ? r.observed->file(r.observedPath.empty() ? r.filename : r.observedPath) : nullptr) {}

  Result run() {
    if (!parsed_.ok()) {
      result_.diagnostics = parsed_.diagnostics();
      return std::move(result_);
    }
    collectModule();
    facts_.setModuleNames(moduleNames_);
    facts_.setFunctions(&functions_);
    facts_.setEntryOf([this](const Call& c) { return entryOfCall(c); });
    bool wholeModule = req_.functionName.empty();
    std::vector<const FunctionDef*> closure;
    if (wholeModule) {
      closure = allFunctions();
    } else {
      auto it = functions_.find(req_.functionName);
      if (it == functions_.end()) {
        error("function-not-found", "no module-level function '" + req_.functionName + "' in " + req_.filename, {});
        return std::move(result_);
      }
      closure = dependencyClosure(it->second);
    }
    std::vector<std::string> translated;
    for (const FunctionDef* f : closure) {
      size_t before = result_.diagnostics.size();
      std::string text = translateFunction(*f);
      if (wholeModule && hasErrors(Diagnostics(result_.diagnostics.begin() + static_cast<long>(before), result_.diagnostics.end()))) {
        Diagnostics own(result_.diagnostics.begin() + static_cast<long>(before), result_.diagnostics.end());
        result_.diagnostics.resize(before);
        text = failedFunctionText(*f, own);
        result_.failedFunctions.emplace_back(f->name, std::move(own));
      } else {
        result_.translatedFunctions.push_back(f->name);
      }
      translated.push_back(text);
    }
    std::string constants;
    for (const Stmt* s : usedConstants_) constants += translateStatementText(*s) + "\n";
    std::string what = wholeModule ? "module " + baseName(req_.filename) : req_.functionName + " in " + baseName(req_.filename);
    std::string code = codegen::generatedHeader(what + " (" +
                                                    std::string(ir::frameworkName(req_.source)) + ")",
                                                req_.target, "source-to-source");
    code += "\n" + ctx_.importBlock();
    for (const Stmt* s : keptImports_) code += std::string(text_.slice(s->pos)) + "\n";
    if (!ctx_.preambleBlock().empty()) code += "\n" + ctx_.preambleBlock();
    if (!constants.empty()) code += "\n" + constants;
    code += ctx_.helperBlock();
    for (const auto& f : translated) code += "\n\n" + f + "\n";
    for (const auto& note : ctx_.notes()) result_.diagnostics.push_back({Severity::Note, "translation-note", note, {}});
    if (!hasErrors(result_.diagnostics)) result_.code = code;
    return std::move(result_);
  }

 private:
  const Request& req_;
  ParseResult parsed_;
  SourceText text_;
  codegen::EmitContext ctx_;
  Result result_;
  std::map<std::string, std::string> aliases_;  // local name → framework symbol
  std::map<std::string, const FunctionDef*> functions_;
  std::set<std::string> moduleNames_;  // non-framework modules (math, warnings) and classes of the file
  std::map<std::string, const Stmt*> constants_;
  std::vector<const Stmt*> keptImports_;
  std::vector<const Stmt*> usedConstants_;
  TypeFacts facts_;

  static std::string baseName(const std::string& path) { return path.substr(path.find_last_of('/') + 1); }

  SourceLocation locOf(const Node& n) const {
    return {req_.filename, n.pos.lineno, n.pos.col_offset + 1, n.pos.end_lineno, n.pos.end_col_offset + 1};
  }
  void error(const std::string& code, const std::string& message, const SourceLocation& loc) {
    result_.diagnostics.push_back({Severity::Error, code, message, loc});
  }

  // ---- module analysis ------------------------------------------------------------------------
  void collectModule() {
    for (const Stmt* s : parsed_.module->body) {
      if (s->kind == StmtKind::Import) {
        bool framework = false;
        for (const Alias* a : static_cast<const Import*>(s)->names) {
          if (!frameworkOfSymbol(a->name)) continue;
          framework = true;
          std::string local = a->asname.value_or(a->name.substr(0, a->name.find('.')));
          aliases_[local] = a->asname ? a->name : a->name.substr(0, a->name.find('.'));
        }
        if (!framework) {
          keptImports_.push_back(s);
          for (const Alias* a : static_cast<const Import*>(s)->names)
            moduleNames_.insert(a->asname.value_or(a->name.substr(0, a->name.find('.'))));
        }
      } else if (s->kind == StmtKind::ImportFrom) {
        const auto* f = static_cast<const ImportFrom*>(s);
        if (f->level == 0 && f->module && frameworkOfSymbol(*f->module)) {
          for (const Alias* a : f->names) aliases_[a->asname.value_or(a->name)] = *f->module + "." + a->name;
        } else {
          keptImports_.push_back(s);
        }
      } else if (s->kind == StmtKind::ClassDef) {
        moduleNames_.insert(static_cast<const ClassDef*>(s)->name);
      } else if (s->kind == StmtKind::FunctionDef) {
        functions_[static_cast<const FunctionDef*>(s)->name] = static_cast<const FunctionDef*>(s);
      } else if (s->kind == StmtKind::Assign) {
        for (const Expr* t : static_cast<const Assign*>(s)->targets)
          if (t->kind == ExprKind::Name) constants_[static_cast<const Name*>(t)->id] = s;
      }
    }
  }

  std::vector<const FunctionDef*> allFunctions() {
    std::vector<const FunctionDef*> out;
    for (const Stmt* s : parsed_.module->body) {
      if (s->kind == StmtKind::FunctionDef) out.push_back(static_cast<const FunctionDef*>(s));
      if (s->kind == StmtKind::Assign) usedConstants_.push_back(s);
    }
    return out;
  }

  // What stands in the output for a function that could not be translated faithfully.
  std::string failedFunctionText(const FunctionDef& f, const Diagnostics& why) {
    std::string header = std::string(text_.line(f.pos.lineno));
    size_t defEnd = text_.offset(f.body.front()->pos.lineno, 0);
    std::string signature(text_.text().substr(text_.offset(f.pos.lineno, 0), defEnd - text_.offset(f.pos.lineno, 0)));
    std::string reason = why.empty() ? "untranslatable" : why.front().code + ": " + why.front().message;
    for (char& c : reason)
      if (c == '"' || c == '\\' || c == '\n') c = '\'';
    std::string comments = "# Polytrace could not translate " + f.name + " faithfully:\n";
    for (const auto& d : why) comments += "#   " + d.format() + "\n";
    (void)header;
    return comments + signature + "    raise NotImplementedError(\"" + reason + "\")";
  }

  // The function and every module-level function or constant it reaches, in source order.
  std::vector<const FunctionDef*> dependencyClosure(const FunctionDef* root) {
    std::set<const FunctionDef*> seen{root};
    std::set<const Stmt*> constants;
    std::vector<const FunctionDef*> work{root};
    while (!work.empty()) {
      const FunctionDef* f = work.back();
      work.pop_back();
      std::vector<Stmt*> body(f->body.begin(), f->body.end());
      // A parameter or local of the same name shadows a module-level one: it is not a dependency.
      std::set<std::string> locals;
      for (const auto* a : f->args->posonlyargs) locals.insert(a->arg);
      for (const auto* a : f->args->args) locals.insert(a->arg);
      for (const auto* a : f->args->kwonlyargs) locals.insert(a->arg);
      if (f->args->vararg) locals.insert(f->args->vararg->arg);
      if (f->args->kwarg) locals.insert(f->args->kwarg->arg);
      walkExprs(body, [&](const Expr& e) {
        if (e.kind == ExprKind::Name && static_cast<const Name&>(e).ctx == ExprContext::Store)
          locals.insert(static_cast<const Name&>(e).id);
      });
      auto visitName = [&](const Expr& e) {
        if (e.kind != ExprKind::Name) return;
        const std::string& id = static_cast<const Name&>(e).id;
        if (locals.count(id)) return;
        if (auto fn = functions_.find(id); fn != functions_.end() && seen.insert(fn->second).second) work.push_back(fn->second);
        if (auto c = constants_.find(id); c != constants_.end()) constants.insert(c->second);
      };
      walkExprs(body, visitName);
      std::function<void(const Expr&)> rec = [&](const Expr& e) {
        visitName(e);
        forEachChildExpr(e, rec);
      };
      forEachStmtExpr(*f, rec);
    }
    std::vector<const FunctionDef*> ordered(seen.begin(), seen.end());
    std::sort(ordered.begin(), ordered.end(), [](const FunctionDef* a, const FunctionDef* b) { return a->pos.lineno < b->pos.lineno; });
    for (const Stmt* s : parsed_.module->body)
      if (constants.count(s)) usedConstants_.push_back(s);
    return ordered;
  }

  // ---- symbols and types --------------------------------------------------------------------------
  std::optional<std::string> symbolOf(const Expr& e) const {
    if (e.kind == ExprKind::Name) {
      auto it = aliases_.find(static_cast<const Name&>(e).id);
      if (it != aliases_.end()) return it->second;
      return std::nullopt;
    }
    if (e.kind == ExprKind::Attribute) {
      const auto& a = static_cast<const Attribute&>(e);
      if (auto base = symbolOf(*a.value)) return *base + "." + a.attr;
    }
    return std::nullopt;
  }

  bool isTensorTypeSymbol(const std::string& symbol) const {
    for (ir::Framework fw : ir::kAllFrameworks)
      if (frontends::ApiTable::tensorTypePrefix(fw) == symbol) return true;
    return false;
  }

  std::string targetTensorType() {
    if (req_.target == ir::Framework::Jax) ctx_.requireImport("import jax");
    switch (req_.target) {
      case ir::Framework::Torch: return "torch.Tensor";
      case ir::Framework::Numpy: return "np.ndarray";
      case ir::Framework::Jax: return "jax.Array";
      case ir::Framework::TensorFlow: return "tf.Tensor";
      case ir::Framework::Ivy: return "ivy.Array";
    }
    return "object";
  }

  bool isTensorExpr(const Expr& e) const { return facts_.isTensor(e); }

  // Whether a call of this framework symbol gives a tensor (API entries do; Python-valued
  // intrinsics such as torch.is_floating_point do not).
  bool returnsTensor(const std::string& sym) const {
    for (const auto& i : kTargetIntrinsics)
      if (i.kind == TargetIntrinsic::Function && sym == i.name) return false;
    return frontends::ApiTable::instance().find(sym) != nullptr;
  }

  // ---- rewriting ----------------------------------------------------------------------------------
  std::string original(const Expr& e) const { return std::string(text_.slice(e.pos)); }

  // The expression's text with its rewritten children spliced in.
  std::string splice(const Expr& e) {
    std::vector<Replacement> reps;
    forEachChildExpr(e, [&](const Expr& child) {
      std::string t = rewrite(child);
      if (t != original(child))
        reps.push_back({text_.offset(child.pos.lineno, child.pos.col_offset),
                        text_.offset(child.pos.end_lineno, child.pos.end_col_offset), t});
    });
    if (reps.empty()) return original(e);
    size_t begin = text_.offset(e.pos.lineno, e.pos.col_offset), end = text_.offset(e.pos.end_lineno, e.pos.end_col_offset);
    std::string out = applyReplacements(text_.text(), begin, reps);
    auto last = std::max_element(reps.begin(), reps.end(), [](const auto& a, const auto& b) { return a.end < b.end; });
    out += text_.text().substr(last->end, end - last->end);
    return out;
  }

  // A literal the lowerings can read as a value, or nullopt for anything computed.
  std::optional<Arg> literalArg(const Expr& e) {
    switch (e.kind) {
      case ExprKind::Constant: {
        const auto& c = static_cast<const Constant&>(e).value;
        Arg a;
        switch (c.kind) {
          case ConstantValue::Kind::None: a = Arg::none(); break;
          case ConstantValue::Kind::Bool: a = Arg::boolean(c.boolValue); break;
          case ConstantValue::Kind::Int: a = Arg::integer(c.intValue); break;
          case ConstantValue::Kind::Float: a = Arg::real(c.floatValue); break;
          case ConstantValue::Kind::Str: a = Arg::str(c.text); return a;
          default: return std::nullopt;
        }
        a.text = original(e);
        return a;
      }
      case ExprKind::UnaryOp: {
        const auto& u = static_cast<const UnaryOp&>(e);
        if (u.op != UnaryOpKind::USub) return std::nullopt;
        auto inner = literalArg(*u.operand);
        if (!inner || !inner->isNumber()) return std::nullopt;
        Arg a = inner->kind == Arg::Kind::Float ? Arg::real(-inner->floatValue) : Arg::integer(-inner->intValue);
        a.text = original(e);
        return a;
      }
      case ExprKind::Tuple:
      case ExprKind::List: {
        const auto& elts = e.kind == ExprKind::Tuple ? static_cast<const Tuple&>(e).elts : static_cast<const List&>(e).elts;
        std::vector<Arg> items;
        for (const Expr* x : elts) {
          auto item = literalArg(*x);
          if (!item) return std::nullopt;
          items.push_back(*item);
        }
        Arg a = Arg::sequence(std::move(items), e.kind == ExprKind::Tuple);
        a.text = original(e);
        return a;
      }
      case ExprKind::Attribute:
      case ExprKind::Name:
        if (auto sym = symbolOf(e))
          if (auto d = frontends::dtypeSymbol(*sym)) return Arg::dtypeArg(*d);
        return std::nullopt;
      default: return std::nullopt;
    }
  }

  Arg argFor(S2sBuilder& b, const Expr& e) {
    if (auto lit = literalArg(e)) return *lit;
    if (e.kind == ExprKind::List || e.kind == ExprKind::Tuple) {
      // A sequence of tensors (torch.cat([a, b])): each element is an argument of its own.
      const auto& elts = e.kind == ExprKind::Tuple ? static_cast<const Tuple&>(e).elts : static_cast<const List&>(e).elts;
      std::vector<Arg> items;
      for (const Expr* x : elts) items.push_back(argFor(b, *x));
      Arg a = Arg::sequence(std::move(items), e.kind == ExprKind::Tuple);
      a.text = rewrite(e);
      return a;
    }
    if (e.kind == ExprKind::Starred) {
      error("unsupported-syntax", "starred arguments to framework calls are not translated yet", locOf(e));
      return Arg::opaque(original(e));
    }
    // A Python number known only when running stands for a 0-d tensor in the lowerings; torch's
    // functions (torch.minimum) refuse a Python number there, the other targets convert it.
    if (req_.target == ir::Framework::Torch && facts_.isNumber(e)) return Arg::tensor(b.add("torch.as_tensor(" + rewrite(e) + ")"));
    // A list or a dtype held in a variable is no tensor: passed as one, `torch.tensor(indices)`
    // would come out as the bare list (and `indices * 2` repeat it). The lowering reports it.
    if (ValueKind k = facts_.kindOf(e); k == ValueKind::OtherPython || k == ValueKind::DType) {
      return Arg::opaque(original(e));
    }
    return Arg::tensor(b.add(rewrite(e)));
  }

  // The call's translation; with `field`, only that field of the named tuple it returns (nullopt
  // and no diagnostic when it returns none of that name).
  std::optional<std::string> lowerCall(const frontends::ApiEntry& entry, const Call& call, const Expr* receiver,
                                       const std::string* field = nullptr) {
    S2sBuilder b(ctx_);
    std::vector<Arg> positional;
    if (receiver) positional.push_back(Arg::tensor(b.add(rewrite(*receiver))));
    for (const Expr* a : call.args) positional.push_back(argFor(b, *a));
    std::vector<frontends::KeywordArg> keywords;
    for (const Keyword* k : call.keywords) {
      if (!k->arg) {
        error("unsupported-syntax", "**kwargs in framework calls are not translated yet", locOf(call));
        return std::nullopt;
      }
      keywords.push_back({*k->arg, argFor(b, *k->value)});
    }
    std::string error;
    std::string shortName = entry.symbol.substr(entry.symbol.rfind('.') + 1);
    auto bound = frontends::bindArguments(entry.signature, shortName, positional, keywords, error);
    if (!bound) {
      this->error("bad-call", entry.symbol + ": " + error, locOf(call));
      return std::nullopt;
    }
    try {
      frontends::Lowered l = entry.lower(b, *bound, entry);
      if (l.python) {
        this->error("unsupported-api", entry.symbol + " returns a Python value; not translated yet", locOf(call));
        return std::nullopt;
      }
      std::vector<std::string> parts;
      for (auto h : l.tensors) parts.push_back(b.expr(h));
      // torch.max(x, dim).values: the field of a named tuple, which targets return as a plain
      // tuple (or not at all): the part itself.
      if (field) {
        auto f = std::find(l.tupleFieldNames.begin(), l.tupleFieldNames.end(), *field);
        if (!l.tuple || f == l.tupleFieldNames.end()) return std::nullopt;
        return parts.at(static_cast<size_t>(f - l.tupleFieldNames.begin()));
      }
      if (l.list) return "[" + codegen::join(parts, ", ") + "]";
      if (l.tuple) return "(" + codegen::join(parts, ", ") + (parts.size() == 1 ? ",)" : ")");
      return parts.at(0);
    } catch (const frontends::LoweringError& e) {
      std::string code = e.reasonCode.empty() ? "bad-call" : e.reasonCode;
      // A computed value where the API needs a Python constant (dim=n): the lowering saw a tensor.
      if (e.message.find(", not a tensor") != std::string::npos) code = "non-literal-argument";
      this->error(code, entry.symbol + ": " + e.message, locOf(call));
      return std::nullopt;
    }
  }

  // The API entry a call resolves to: a framework function, or a method of a tensor; null otherwise.
  const frontends::ApiEntry* entryOfCall(const Call& c) const {
    const auto& table = frontends::ApiTable::instance();
    if (auto sym = symbolOf(*c.func)) return table.find(*sym);
    if (c.func->kind != ExprKind::Attribute || !isTensorExpr(*static_cast<const Attribute&>(*c.func).value)) return nullptr;
    return table.find(std::string(frontends::ApiTable::tensorTypePrefix(req_.source)) + "." + static_cast<const Attribute&>(*c.func).attr);
  }

  // `torch.max(x, dim=d).values` and `x.max(dim=d).indices`: a field of the named tuple a
  // framework call returns.
  std::optional<std::string> namedTupleField(const Attribute& a) {
    if (a.value->kind != ExprKind::Call) return std::nullopt;
    const auto& call = static_cast<const Call&>(*a.value);
    const frontends::ApiEntry* entry = entryOfCall(call);
    if (!entry) return std::nullopt;
    const Expr* receiver = symbolOf(*call.func) ? nullptr : static_cast<const Attribute&>(*call.func).value;
    size_t before = result_.diagnostics.size();
    auto text = lowerCall(*entry, call, receiver, &a.attr);
    // Errors belong to the call, which the usual path translates (and reports) again.
    result_.diagnostics.resize(before);
    return text;
  }

  // The imports a table pattern's module prefixes need.
  void requireImportsOf(const std::string& pattern) {
    static constexpr std::pair<const char*, const char*> kPrefixes[] = {
        {"np.", "import numpy as np"}, {"jnp.", "import jax.numpy as jnp"}, {"tf.", "import tensorflow as tf"}, {"ivy.", "import ivy"}};
    for (const auto& [prefix, line] : kPrefixes) {
      // "np." inside "jnp." is not numpy.
      for (size_t at = pattern.find(prefix); at != std::string::npos; at = pattern.find(prefix, at + 1))
        if (at == 0 || !std::isalnum(static_cast<unsigned char>(pattern[at - 1]))) {
          ctx_.requireImport(line);
          break;
        }
    }
  }

  // The target's spelling of an intrinsic; {x} is replaced by `receiver` (rewritten).
  std::string intrinsicText(const TargetIntrinsic& i, const Expr* receiver) {
    std::string pattern = i.spelling.of(req_.target);
    requireImportsOf(pattern);
    if (pattern.find("{x}") == std::string::npos) return pattern;
    return replaceReceiver(pattern, rewrite(*receiver));
  }

  std::string rewriteCall(const Call& c) {
    const auto& table = frontends::ApiTable::instance();
    if (auto sym = symbolOf(*c.func)) {
      for (const auto& i : kTargetIntrinsics)
        if (i.kind == TargetIntrinsic::Function && *sym == i.name && c.keywords.empty() &&
            c.args.size() == (std::string_view(i.spelling.of(req_.target)).find("{x}") != std::string_view::npos ? 1u : 0u))
          return intrinsicText(i, c.args.empty() ? nullptr : c.args[0]);
      if (auto text = passThroughFactory(*sym, c)) return *text;
      if (const auto* entry = table.find(*sym)) {
        if (auto text = lowerCall(*entry, c, nullptr)) return *text;
        return original(c);
      }
      error("unsupported-api", "'" + *sym + "' is not supported by Polytrace yet", locOf(c));
      return original(c);
    }
    if (c.func->kind == ExprKind::Attribute) {
      const auto& attr = static_cast<const Attribute&>(*c.func);
      std::string method = std::string(frontends::ApiTable::tensorTypePrefix(req_.source)) + "." + attr.attr;
      const auto* entry = table.find(method);
      ValueKind receiver = facts_.kindOf(*attr.value);
      if (receiver == ValueKind::Tensor) {
        for (const auto& intrinsic : kTorchIntrinsics)
          if (intrinsic.isCall && attr.attr == intrinsic.name && c.args.empty() && c.keywords.empty())
            return replaceReceiver(intrinsic.pattern, rewrite(*attr.value));
        for (const auto& i : kTargetIntrinsics)
          if (i.kind == TargetIntrinsic::Method && attr.attr == i.name && c.args.empty() && c.keywords.empty())
            return intrinsicText(i, attr.value);
        if (auto text = passThroughMethod(attr, c)) return *text;
        if (auto text = expandToShape(attr, c)) return *text;
        if (entry) {
          if (auto text = lowerCall(*entry, c, attr.value)) return *text;
          return original(c);
        }
        // Left as written it would call a method the target's arrays may not have.
        error("unsupported-api", "'" + method + "' is not supported by Polytrace yet", locOf(c));
        return original(c);
      }
      if (entry && receiver == ValueKind::Unknown) {
        reportUnknownReceiver(*attr.value, attr.attr, c);
        return original(c);
      }
    }
    return splice(c);
  }

  std::optional<std::string> passThroughMethod(const Attribute& attr, const Call& c) {
    if (req_.source != ir::Framework::Torch) return std::nullopt;  // the table spells torch's methods
    for (const auto& row : kPassThroughMethods) {
      if (attr.attr != row.name || c.args.size() + c.keywords.size() > 1) continue;
      const Expr* arg = c.args.empty() ? nullptr : c.args[0];
      if (!c.keywords.empty()) {
        if (!c.keywords[0]->arg || *c.keywords[0]->arg != row.param) continue;
        arg = c.keywords[0]->value;
      }
      if (!arg && !row.defaultValue) continue;
      // A literal dtype (torch.float32) is the lowering's to spell; only a dtype in a variable passes through.
      if (arg && (facts_.kindOf(*arg) != row.kind || (row.kind == ValueKind::DType && literalArg(*arg)))) continue;
      std::string pattern = row.spelling.of(req_.target);
      requireImportsOf(pattern);
      auto a = pattern.find("{a}");
      pattern.replace(a, 3, arg ? rewrite(*arg) : std::string(row.defaultValue));
      return replaceReceiver(pattern, rewrite(*attr.value));
    }
    return std::nullopt;
  }

  std::optional<std::string> expandToShape(const Attribute& attr, const Call& c) {
    if (attr.attr != "expand" || req_.source != ir::Framework::Torch || !c.keywords.empty() || c.args.empty()) return std::nullopt;
    // All sizes literal: the lowering knows them (and what -1 means). A literal -1 among computed
    // sizes keeps a dim, which broadcast_to cannot say.
    bool anyComputed = false;
    for (const Expr* a : c.args) {
      auto lit = literalArg(*a);
      if (lit && lit->kind == frontends::Arg::Kind::Int && lit->intValue < 0) return std::nullopt;
      if (!lit) anyComputed = true;
      if (a->kind == ExprKind::Starred) return std::nullopt;
    }
    if (!anyComputed) return std::nullopt;
    std::string shape;
    if (c.args.size() == 1 && facts_.kindOf(*c.args[0]) == ValueKind::OtherPython) {
      shape = rewrite(*c.args[0]);  // x.expand(img.shape)
    } else {
      std::vector<std::string> sizes;
      for (const Expr* a : c.args) {
        if (!facts_.isNumber(*a)) return std::nullopt;
        sizes.push_back(rewrite(*a));
      }
      shape = "(" + codegen::join(sizes, ", ") + (sizes.size() == 1 ? ",)" : ")");
    }
    std::string pattern = kExpandSpelling.of(req_.target);
    requireImportsOf(pattern);
    pattern.replace(pattern.find("{shape}"), 7, shape);
    return replaceReceiver(pattern, rewrite(*attr.value));
  }

  std::optional<std::string> passThroughFactory(const std::string& sym, const Call& c) {
    const Expr* dtype = nullptr;
    for (const Keyword* k : c.keywords) {
      if (!k->arg || (*k->arg != "dtype" && *k->arg != "device")) return std::nullopt;
      if (*k->arg == "dtype") dtype = k->value;
    }
    if (c.args.size() != 1) return std::nullopt;
    if (!dtype) return tensorFromPythonData(sym, *c.args[0]);
    if (literalArg(*dtype) || facts_.kindOf(*dtype) != ValueKind::DType) return std::nullopt;
    for (const auto& row : kPassThroughFactories) {
      if (sym != row.symbol) continue;
      std::string pattern = row.spelling.of(req_.target);
      requireImportsOf(pattern);
      auto put = [&](const char* slot, const std::string& text) { pattern.replace(pattern.find(slot), std::string_view(slot).size(), text); };
      put("{data}", rewrite(*c.args[0]));
      put("{dtype}", rewrite(*dtype));
      return pattern;
    }
    return std::nullopt;
  }

  // torch.tensor(data) / torch.as_tensor(data) with Python data known only when running (a list
  // built by the code): the dtype torch would infer is made explicit by a helper.
  std::optional<std::string> tensorFromPythonData(const std::string& sym, const Expr& data) {
    if (sym != "torch.tensor" && sym != "torch.as_tensor") return std::nullopt;
    ValueKind k = facts_.kindOf(data);
    if (literalArg(data) || (k != ValueKind::OtherPython && !facts_.isNumber(data))) return std::nullopt;
    S2sBuilder builder(ctx_);
    return builder.tensorFromPythonText(rewrite(data), sym);
  }

  // A method the source's tensors have, called on something whose type nothing tells: translating
  // it would guess, leaving it would be wrong if it is a tensor.
  void reportUnknownReceiver(const Expr& receiver, const std::string& method, const Call& call) {
    std::string what = original(receiver);
    std::string hint = receiver.kind == ExprKind::Name
                           ? "annotate it (e.g. '" + what + ": " + std::string(frontends::ApiTable::tensorTypePrefix(req_.source)) + "')"
                           : "assign it to an annotated name";
    std::string observedHint = facts_.hasObservations()
                                   ? " (the example inputs never ran this line, or gave it different types)"
                                   : ", or give example inputs so that its type is observed";
    error("type-unknown", "cannot tell whether '" + what + "' is a tensor (its ." + method + "() would be translated); " + hint + observedHint,
          locOf(call));
  }

  static std::string replaceReceiver(std::string pattern, const std::string& receiver) {
    auto p = pattern.find("{x}");
    pattern.replace(p, 3, codegen::paren(receiver));
    return pattern;
  }

  // Framework types used as values (annotations, isinstance): the target's tensor type and dtype class.
  std::optional<std::string> typeSymbolText(const std::string& sym) {
    if (isTensorTypeSymbol(sym)) return targetTensorType();
    if (sym == "torch.dtype") {
      switch (req_.target) {
        case ir::Framework::Numpy: return std::string("np.dtype");
        case ir::Framework::Torch: return std::string("torch.dtype");
        case ir::Framework::Jax: return (ctx_.requireImport("import jax.numpy as jnp"), std::string("jnp.dtype"));
        case ir::Framework::TensorFlow: return std::string("tf.dtypes.DType");
        case ir::Framework::Ivy: return std::string("ivy.Dtype");
      }
    }
    return std::nullopt;
  }

  std::string rewrite(const Expr& e) {
    if (e.kind == ExprKind::Call) return rewriteCall(static_cast<const Call&>(e));
    if (e.kind == ExprKind::BinOp) {
      if (auto text = rewriteTensorScalarOp(static_cast<const BinOp&>(e))) return *text;
      if (auto text = rewriteBoolTensorArithmetic(static_cast<const BinOp&>(e))) return *text;
    }
    if (e.kind == ExprKind::Compare)
      if (auto text = rewriteTensorFloatCompare(static_cast<const Compare&>(e))) return *text;
    if (e.kind == ExprKind::Attribute) {
      const auto& a = static_cast<const Attribute&>(e);
      if (auto text = namedTupleField(a)) return *text;
      if (a.attr == "device" && isTensorExpr(*a.value))
        for (const auto& i : kTargetIntrinsics)
          if (i.kind == TargetIntrinsic::Attribute && a.attr == i.name) return intrinsicText(i, a.value);
    }
    if (e.kind == ExprKind::Attribute || e.kind == ExprKind::Name) {
      if (auto sym = symbolOf(e))
        if (auto text = typeSymbolText(*sym)) return *text;
    }
    if (e.kind == ExprKind::Attribute) {
      if (auto sym = symbolOf(e)) {
        if (auto d = frontends::dtypeSymbol(*sym)) return ctx_.dtype(*d);
        if (isTensorTypeSymbol(*sym)) return targetTensorType();
        error("unsupported-api", "'" + *sym + "' is not supported by Polytrace yet", locOf(e));
        return original(e);
      }
    }
    if (e.kind == ExprKind::Name && aliases_.count(static_cast<const Name&>(e).id)) {
      error("unsupported-api", "the module '" + aliases_.at(static_cast<const Name&>(e).id) + "' is used as a value",
            locOf(e));
      return original(e);
    }
    return splice(e);
  }

  // `tensor op number` (either order) where the number is a Python int or float, literal or not:
  // the operator is kept, the number written so that the target gives the source framework's
  // result dtype (see S2sBuilder::scalarText). Observed dtypes check the assumptions that leaves.
  std::optional<std::string> rewriteTensorScalarOp(const BinOp& b) {
    ValueKind l = facts_.kindOf(*b.left), r = facts_.kindOf(*b.right);
    bool leftTensor = l == ValueKind::Tensor && facts_.isNumber(*b.right);
    bool rightTensor = r == ValueKind::Tensor && facts_.isNumber(*b.left);
    if (!leftTensor && !rightTensor) return std::nullopt;
    const Expr& tensor = leftTensor ? *b.left : *b.right;
    const Expr& number = leftTensor ? *b.right : *b.left;
    ValueKind kind = facts_.kindOf(number);
    auto literal = literalArg(number);
    frontends::Arg value = literal && literal->isNumber() ? *literal
                           : kind == ValueKind::Float   ? frontends::Arg::real(0)
                           : kind == ValueKind::Bool    ? frontends::Arg::boolean(false)
                                                        : frontends::Arg::integer(0);
    std::string tensorText = rewrite(tensor);
    if (!literal) value.text = rewrite(number);
    if (!checkObservedDtype(tensor, kind, b)) return original(b);
    S2sBuilder builder(ctx_);
    std::string numberText = value.text;
    if (kind == ValueKind::Float) {
      // A tensor known to be floating (by inference, or on every run) keeps its dtype everywhere;
      // any other may be an integer tensor, which torch makes float32 and numpy float64: it is
      // converted as torch would, whatever its dtype turns out to be.
      if (!facts_.isFloatingTensor(tensor)) {
        tensorText = builder.floatPromotedText(tensorText, req_.source);
      } else if (const auto* seen = facts_.observed(tensor); seen && seen->dtype && req_.target != req_.source) {
        // Only the runs say so: the translation is as good as the example inputs were representative.
        ctx_.note("assumes '" + original(tensor) + "' is a floating-point tensor where it meets a Python float, as on every run (" +
                  seen->describe() + ")");
      }
    } else if (!facts_.isFloatingTensor(tensor)) {
      // (A float tensor keeps its dtype with any int, in every target.) The cast names the
      // tensor's dtype: a computed tensor is bound once by a helper rather than computed twice.
      std::string like = isPlainReference(tensor) ? tensorText : "_x";
      numberText = builder.scalarText(value, literal.has_value(), like, req_.source);
      if (like == "_x" && numberText != value.text) return builder.intScalarOpText(operatorLambda(b), tensorText, value.text, !leftTensor);
    }
    if (literal && numberText == value.text && tensorText == original(tensor)) return std::nullopt;
    return withOperands(b, *b.left, leftTensor ? tensorText : numberText, *b.right, leftTensor ? numberText : tensorText);
  }

  // The binary expression `whole` with its two operands replaced; everything around them is kept as
  // written: parentheses, the operator, spacing.
  std::string withOperands(const Expr& whole, const Expr& l, const std::string& lt, const Expr& r, const std::string& rt) const {
    auto begin = [&](const Expr& x) { return text_.offset(x.pos.lineno, x.pos.col_offset); };
    auto end = [&](const Expr& x) { return text_.offset(x.pos.end_lineno, x.pos.end_col_offset); };
    std::string_view src = text_.text();
    return std::string(src.substr(begin(whole), begin(l) - begin(whole))) + lt + std::string(src.substr(end(l), begin(r) - end(l))) + rt +
           std::string(src.substr(end(r), end(whole) - end(r)));
  }

  // A name, or attributes and constant subscripts of one: cheap and side-effect free to repeat.
  static bool isPlainReference(const Expr& e) {
    switch (e.kind) {
      case ExprKind::Name: return true;
      case ExprKind::Attribute: return isPlainReference(*static_cast<const Attribute&>(e).value);
      case ExprKind::Subscript: {
        const auto& s = static_cast<const Subscript&>(e);
        return isPlainReference(*s.value) && s.slice->kind == ExprKind::Constant;
      }
      default: return false;
    }
  }

  // `lambda a, b: a & b` for the operator as the source writes it (taken from between the operands,
  // without the parentheses around them).
  std::string operatorLambda(const BinOp& b) const {
    size_t from = text_.offset(b.left->pos.end_lineno, b.left->pos.end_col_offset);
    size_t to = text_.offset(b.right->pos.lineno, b.right->pos.col_offset);
    std::string op;
    for (char ch : text_.text().substr(from, to - from))
      if (ch != '(' && ch != ')' && ch != ' ' && ch != '\t' && ch != '\n' && ch != '\\') op += ch;
    return "lambda a, b: a " + op + " b";
  }

  // `(maxc == r) * (bc - gc)`: torch promotes the bool tensor to the other's dtype; TensorFlow
  // refuses mixed dtypes, so a helper casts it.
  std::optional<std::string> rewriteBoolTensorArithmetic(const BinOp& b) {
    if (req_.target != ir::Framework::TensorFlow || req_.source == ir::Framework::TensorFlow) return std::nullopt;
    static constexpr OperatorKind kArithmetic[] = {OperatorKind::Add, OperatorKind::Sub, OperatorKind::Mult, OperatorKind::Div,
                                                   OperatorKind::FloorDiv, OperatorKind::Mod, OperatorKind::Pow};
    if (std::find(std::begin(kArithmetic), std::end(kArithmetic), b.op) == std::end(kArithmetic)) return std::nullopt;
    if (!facts_.isTensor(*b.left) || !facts_.isTensor(*b.right) || facts_.isBoolTensor(*b.left) == facts_.isBoolTensor(*b.right))
      return std::nullopt;
    S2sBuilder builder(ctx_);
    return builder.boolOperandOpText(operatorLambda(b), rewrite(*b.left), rewrite(*b.right));
  }

  // `img >= 128.0` with img possibly an integer tensor: torch compares in float; TensorFlow refuses
  // to convert the float to the tensor's dtype, so the tensor is promoted first. (numpy compares
  // by value already.)
  std::optional<std::string> rewriteTensorFloatCompare(const Compare& c) {
    if (req_.target != ir::Framework::TensorFlow || c.comparators.size() != 1) return std::nullopt;
    const Expr &l = *c.left, &r = *c.comparators[0];
    bool leftTensor = facts_.isTensor(l) && facts_.kindOf(r) == ValueKind::Float;
    bool rightTensor = facts_.isTensor(r) && facts_.kindOf(l) == ValueKind::Float;
    if ((!leftTensor && !rightTensor) || facts_.isFloatingTensor(leftTensor ? l : r)) return std::nullopt;
    S2sBuilder builder(ctx_);
    std::string lt = rewrite(l), rt = rewrite(r);
    (leftTensor ? lt : rt) = builder.floatPromotedText(leftTensor ? lt : rt, req_.source);
    return withOperands(c, l, lt, r, rt);
  }

  // Where the example inputs showed the tensor's dtype, an assumption the scalar spelling rests on
  // that the observation contradicts is an error, not a silently different dtype: a Python int
  // meeting a bool tensor (torch: int64; the int is cast to the tensor's dtype).
  bool checkObservedDtype(const Expr& tensor, ValueKind number, const BinOp& op) {
    const auto* o = facts_.observed(tensor);
    if (!o || !o->dtype || req_.source == req_.target) return true;
    bool crossesNumpy = req_.source == ir::Framework::Numpy || req_.target == ir::Framework::Numpy;
    std::string why;
    if (number == ValueKind::Int && *o->dtype == ir::DType::Bool && crossesNumpy)
      why = "a Python int meets a bool tensor";
    if (why.empty()) return true;
    error("dtype-unfaithful",
          why + " ('" + original(tensor) + "' was " + o->describe() + " when the function ran): " +
              std::string(ir::frameworkName(req_.source)) + " and " + std::string(ir::frameworkName(req_.target)) +
              " give different result dtypes; convert it explicitly in the source",
          locOf(op));
    return false;
  }

  // ---- statements ----------------------------------------------------------------------------------
  // `x[idx] = v` on a tensor: jax and TensorFlow arrays are immutable. jax's functional update
  // rebinds the name (x = x.at[idx].set(v)), which is the same for code that reads x afterwards but
  // not for other names bound to the same array (torch would change them too): a note says so.
  // TensorFlow has no such spelling: reported.
  std::optional<std::string> rewriteItemWrite(const Stmt& s) {
    if (s.kind != StmtKind::Assign) return std::nullopt;
    const auto& a = static_cast<const Assign&>(s);
    if (a.targets.size() != 1 || a.targets[0]->kind != ExprKind::Subscript) return std::nullopt;
    const auto& sub = static_cast<const Subscript&>(*a.targets[0]);
    if (sub.value->kind != ExprKind::Name || !isTensorExpr(*sub.value)) return std::nullopt;
    if (req_.target == ir::Framework::TensorFlow) {
      error("unsupported-syntax", "TensorFlow tensors cannot be written in place ('" + original(*a.targets[0]) + " = ...')", locOf(*a.targets[0]));
      return std::nullopt;
    }
    if (req_.target != ir::Framework::Jax) return std::nullopt;
    std::string name = original(*sub.value);
    ctx_.note("'" + name + "[...] = ...' became '" + name + " = " + name + ".at[...].set(...)': other names bound to the same array do not see the write (in torch they would)");
    return name + " = " + name + ".at[" + rewrite(*sub.slice) + "].set(" + rewrite(*a.value) + ")";
  }

  void collectReplacements(const std::vector<Stmt*>& body, std::vector<Replacement>& reps) {
    for (const Stmt* s : body) {
      if (auto write = rewriteItemWrite(*s)) {
        reps.push_back({text_.offset(s->pos.lineno, s->pos.col_offset), text_.offset(s->pos.end_lineno, s->pos.end_col_offset), *write});
        continue;
      }
      forEachStmtExpr(*s, [&](const Expr& root) {
        std::string t = rewrite(root);
        if (t != original(root))
          reps.push_back({text_.offset(root.pos.lineno, root.pos.col_offset),
                          text_.offset(root.pos.end_lineno, root.pos.end_col_offset), t});
      });
      facts_.noteStatement(*s);
      forEachStmtBlock(*s, [&](const std::vector<Stmt*>& inner) { collectReplacements(inner, reps); });
    }
  }

  std::string translateStatementText(const Stmt& s) {
    std::vector<Replacement> reps;
    std::vector<Stmt*> one{const_cast<Stmt*>(&s)};
    collectReplacements(one, reps);
    size_t begin = text_.offset(s.pos.lineno, s.pos.col_offset), end = text_.offset(s.pos.end_lineno, s.pos.end_col_offset);
    std::string out = applyReplacements(text_.text(), begin, reps);
    size_t resume = begin;
    for (const auto& r : reps) resume = std::max(resume, r.end);
    return out + std::string(text_.text().substr(resume, end - resume));
  }

  std::string translateFunction(const FunctionDef& f) {
    facts_.beginFunction(f);
    int firstLine = f.pos.lineno;
    for (const Expr* d : f.decorator_list) firstLine = std::min(firstLine, d->pos.lineno);
    // Comment lines directly above the function belong to it.
    while (firstLine > 1) {
      std::string_view prev = text_.line(firstLine - 1);
      size_t nonSpace = prev.find_first_not_of(" \t");
      if (nonSpace == std::string_view::npos || prev[nonSpace] != '#') break;
      --firstLine;
    }
    std::vector<Replacement> reps;
    std::vector<Stmt*> self{const_cast<FunctionDef*>(&f)};
    collectReplacements(self, reps);
    size_t begin = text_.offset(firstLine, 0), end = text_.offset(f.pos.end_lineno, f.pos.end_col_offset);
    std::string out = applyReplacements(text_.text(), begin, reps);
    size_t resume = begin;
    for (const auto& r : reps) resume = std::max(resume, r.end);
    return out + std::string(text_.text().substr(resume, end - resume));
  }
};

}  // namespace

Result translateFunction(const Request& request) { return ModuleTranslator(request).run(); }

}  // namespace pt::s2s
