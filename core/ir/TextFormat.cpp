#include "ir/TextFormat.h"

#include <cctype>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <unordered_map>

namespace pt::ir {

namespace {

constexpr size_t kCommentColumn = 72;

std::string joinScope(const std::vector<std::string>& scope) {
  std::string out;
  for (size_t i = 0; i < scope.size(); ++i) out += (i ? " > " : "") + scope[i];
  return out;
}

// Only a call chain beyond the graph's own function is worth printing.
bool scopeIsInteresting(const Graph& g, const Node& n) {
  return !n.scope.empty() && !(n.scope.size() == 1 && n.scope[0] == g.name());
}

}  // namespace

std::string printGraph(const Graph& g) {
  std::unordered_map<const Value*, std::string> names;
  std::string out = "graph @" + g.name() + "(";
  for (size_t i = 0; i < g.params().size(); ++i) {
    const Value* p = g.params()[i];
    names[p] = "%" + p->name;
    out += (i ? ", " : "") + names[p] + ": " + typeText(p->type);
  }
  out += ") -> (";
  for (size_t i = 0; i < g.outputs().size(); ++i) out += (i ? ", " : "") + typeText(g.outputs()[i]->type);
  out += ") {\n";
  int counter = 0;
  for (const auto& n : g.nodes()) {
    std::string line = "  ";
    for (size_t i = 0; i < n->outputs.size(); ++i) {
      names[n->outputs[i]] = "%" + std::to_string(counter++);
      line += (i ? ", " : "") + names[n->outputs[i]];
    }
    line += " = " + std::string(opName(n->op)) + "(";
    for (size_t i = 0; i < n->inputs.size(); ++i) {
      auto it = names.find(n->inputs[i]);
      line += (i ? ", " : "") + (it == names.end() ? std::string("%?") : it->second);
    }
    line += ")";
    if (!n->attrs.empty()) line += " " + attrsText(n->attrs);
    line += " :";
    for (size_t i = 0; i < n->outputs.size(); ++i) line += (i ? ", " : " ") + typeText(n->outputs[i]->type);
    if (n->loc.known() || scopeIsInteresting(g, *n)) {
      line += line.size() + 2 <= kCommentColumn ? std::string(kCommentColumn - line.size(), ' ') : "  ";
      line += "#";
      if (n->loc.known()) line += " " + n->loc.file + ":" + std::to_string(n->loc.line);
      if (scopeIsInteresting(g, *n)) line += " in " + joinScope(n->scope);
    }
    out += line + "\n";
  }
  out += "  return";
  for (size_t i = 0; i < g.outputs().size(); ++i) {
    auto it = names.find(g.outputs()[i]);
    out += (i ? ", " : " ") + (it == names.end() ? std::string("%?") : it->second);
  }
  out += "\n}\n";
  return out;
}

namespace {

class TextParser {
 public:
  explicit TextParser(std::string_view text) : text_(text) {}

  ParsedGraph run() {
    ParsedGraph result;
    try {
      result.graph = parseGraphText();
    } catch (const std::string& message) {
      result.error = "line " + std::to_string(line_) + ": " + message;
      result.graph.reset();
    }
    return result;
  }

 private:
  std::string_view text_;
  size_t pos_ = 0;
  int line_ = 1;
  std::unordered_map<std::string, Value*> values_;

  [[noreturn]] void fail(const std::string& message) { throw message; }

  void skipSpaces() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t')) ++pos_;
  }
  bool atEol() {
    skipSpaces();
    return pos_ >= text_.size() || text_[pos_] == '\n' || text_[pos_] == '#';
  }
  void expectEol() {
    skipSpaces();
    if (pos_ < text_.size() && text_[pos_] == '#') {
      while (pos_ < text_.size() && text_[pos_] != '\n') ++pos_;
    }
    if (pos_ < text_.size()) {
      if (text_[pos_] != '\n') fail("unexpected text '" + std::string(rest(20)) + "'");
      ++pos_;
      ++line_;
    }
  }
  std::string_view rest(size_t n) const { return text_.substr(pos_, n); }
  bool accept(std::string_view token) {
    skipSpaces();
    if (text_.substr(pos_, token.size()) == token) {
      pos_ += token.size();
      return true;
    }
    return false;
  }
  void expect(std::string_view token) {
    if (!accept(token)) fail("expected '" + std::string(token) + "' at '" + std::string(rest(20)) + "'");
  }
  std::string word() {
    skipSpaces();
    size_t begin = pos_;
    while (pos_ < text_.size() &&
           (std::isalnum(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '_' || text_[pos_] == '.'))
      ++pos_;
    if (begin == pos_) fail("expected a name at '" + std::string(rest(20)) + "'");
    return std::string(text_.substr(begin, pos_ - begin));
  }
  std::string valueName() {
    expect("%");
    return word();
  }
  Value* valueRef() {
    std::string name = valueName();
    auto it = values_.find(name);
    if (it == values_.end()) fail("undefined value %" + name);
    return it->second;
  }
  int64_t integer() {
    skipSpaces();
    int64_t v = 0;
    auto res = std::from_chars(text_.data() + pos_, text_.data() + text_.size(), v);
    if (res.ec != std::errc()) fail("expected an integer");
    pos_ = static_cast<size_t>(res.ptr - text_.data());
    return v;
  }
  TensorType tensorType() {
    std::string dt = word();
    auto d = dtypeFromName(dt);
    if (!d) fail("unknown dtype '" + dt + "'");
    TensorType t{*d, {}};
    expect("[");
    if (!accept("]")) {
      do t.shape.push_back(integer());
      while (accept(","));
      expect("]");
    }
    return t;
  }

  // A scalar token inside an attribute: number, none/true/false, dtype.
  AttrValue scalarAttr(bool& isFloat) {
    skipSpaces();
    size_t begin = pos_;
    while (pos_ < text_.size() && !std::strchr(",]}\n ", text_[pos_])) ++pos_;
    std::string tok(text_.substr(begin, pos_ - begin));
    if (tok.empty()) fail("expected an attribute value");
    isFloat = false;
    if (tok == "none") return NoneAttr{};
    if (tok == "true") return true;
    if (tok == "false") return false;
    if (auto d = dtypeFromName(tok)) return *d;
    if (tok == "inf" || tok == "-inf" || tok == "nan" || tok.find_first_of(".eE") != std::string::npos) {
      isFloat = true;
      char* end = nullptr;
      double v = std::strtod(tok.c_str(), &end);
      if (*end) fail("bad number '" + tok + "'");
      return v;
    }
    int64_t v = 0;
    auto res = std::from_chars(tok.data(), tok.data() + tok.size(), v);
    if (res.ec != std::errc() || res.ptr != tok.data() + tok.size()) fail("bad attribute value '" + tok + "'");
    return v;
  }

  AttrValue attrValue() {
    skipSpaces();
    if (accept("\"")) {
      std::string s;
      while (pos_ < text_.size() && text_[pos_] != '"') {
        if (text_[pos_] == '\\' && pos_ + 1 < text_.size()) {
          ++pos_;
          s += text_[pos_] == 'n' ? '\n' : text_[pos_];
        } else {
          s += text_[pos_];
        }
        ++pos_;
      }
      expect("\"");
      return s;
    }
    if (accept("[")) {
      std::vector<int64_t> ints;
      std::vector<double> floats;
      bool anyFloat = false;
      if (!accept("]")) {
        do {
          bool isFloat = false;
          AttrValue v = scalarAttr(isFloat);
          if (isFloat) anyFloat = true;
          if (auto* i = std::get_if<int64_t>(&v)) {
            ints.push_back(*i);
            floats.push_back(static_cast<double>(*i));
          } else if (auto* f = std::get_if<double>(&v)) {
            floats.push_back(*f);
          } else {
            fail("lists hold numbers only");
          }
        } while (accept(","));
        expect("]");
      }
      if (anyFloat) return floats;
      return ints;
    }
    bool isFloat = false;
    return scalarAttr(isFloat);
  }

  Attrs attrs() {
    Attrs out;
    if (!accept("{")) return out;
    if (accept("}")) return out;
    do {
      std::string key = word();
      expect("=");
      out[key] = attrValue();
    } while (accept(","));
    expect("}");
    return out;
  }

  void locationComment(Node& n) {
    skipSpaces();
    if (!accept("#")) return;
    size_t end = text_.find('\n', pos_);
    if (end == std::string_view::npos) end = text_.size();
    std::string comment(text_.substr(pos_, end - pos_));
    pos_ = end;
    auto trim = [](std::string s) {
      size_t b = s.find_first_not_of(' '), e = s.find_last_not_of(' ');
      return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
    };
    comment = trim(comment);
    std::string loc = comment, scope;
    if (auto in = comment.find(" in "); in != std::string::npos) {
      loc = comment.substr(0, in);
      scope = comment.substr(in + 4);
    } else if (comment.rfind("in ", 0) == 0) {
      loc.clear();
      scope = comment.substr(3);
    }
    if (!loc.empty()) {
      auto colon = loc.rfind(':');
      if (colon == std::string::npos) fail("location comment needs file:line");
      n.loc.file = loc.substr(0, colon);
      n.loc.line = std::atoi(loc.c_str() + colon + 1);
    }
    while (!scope.empty()) {
      auto sep = scope.find(" > ");
      n.scope.push_back(trim(scope.substr(0, sep)));
      scope = sep == std::string::npos ? "" : scope.substr(sep + 3);
    }
  }

  std::unique_ptr<Graph> parseGraphText() {
    expect("graph");
    expect("@");
    auto g = std::make_unique<Graph>(word());
    expect("(");
    if (!accept(")")) {
      do {
        std::string name = valueName();
        expect(":");
        values_[name] = g->addParam(name, tensorType());
      } while (accept(","));
      expect(")");
    }
    expect("->");
    expect("(");
    std::vector<TensorType> declaredOutputs;
    if (!accept(")")) {
      do declaredOutputs.push_back(tensorType());
      while (accept(","));
      expect(")");
    }
    expect("{");
    expectEol();
    while (true) {
      skipSpaces();
      if (accept("return")) {
        std::vector<Value*> outs;
        if (!atEol()) {
          do outs.push_back(valueRef());
          while (accept(","));
        }
        if (outs.size() != declaredOutputs.size()) fail("return count differs from the signature");
        for (size_t i = 0; i < outs.size(); ++i)
          if (!(outs[i]->type == declaredOutputs[i])) fail("return type differs from the signature");
        g->setOutputs(std::move(outs));
        expectEol();
        break;
      }
      std::vector<std::string> resultNames;
      do resultNames.push_back(valueName());
      while (accept(","));
      expect("=");
      std::string opText = word();
      auto op = opFromName(opText);
      if (!op) fail("unknown op '" + opText + "'");
      expect("(");
      std::vector<Value*> inputs;
      if (!accept(")")) {
        do inputs.push_back(valueRef());
        while (accept(","));
        expect(")");
      }
      Attrs a = attrs();
      expect(":");
      std::vector<TensorType> types;
      do types.push_back(tensorType());
      while (accept(","));
      if (types.size() != resultNames.size()) fail("result count differs from type count");
      Node* n = g->addNode(*op, std::move(inputs), std::move(a), std::move(types));
      for (size_t i = 0; i < resultNames.size(); ++i) {
        if (values_.count(resultNames[i])) fail("value %" + resultNames[i] + " defined twice");
        values_[resultNames[i]] = n->outputs[i];
      }
      locationComment(*n);
      expectEol();
    }
    expect("}");
    return g;
  }
};

}  // namespace

ParsedGraph parseGraph(std::string_view text) { return TextParser(text).run(); }

}  // namespace pt::ir
