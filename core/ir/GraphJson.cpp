#include "ir/GraphJson.h"

#include <nlohmann/json.hpp>
#include <unordered_map>

namespace pt::ir {

namespace {
nlohmann::json attrJson(const AttrValue& v) {
  struct ToJson {
    nlohmann::json operator()(const NoneAttr&) const { return nullptr; }
    nlohmann::json operator()(bool b) const { return b; }
    nlohmann::json operator()(int64_t i) const { return i; }
    nlohmann::json operator()(double d) const { return d; }
    nlohmann::json operator()(const std::string& s) const { return s; }
    nlohmann::json operator()(DType d) const { return std::string(dtypeName(d)); }
    nlohmann::json operator()(const std::vector<int64_t>& xs) const { return xs; }
    nlohmann::json operator()(const std::vector<double>& xs) const { return xs; }
  };
  return std::visit(ToJson{}, v);
}

nlohmann::json typeJson(const TensorType& t) {
  return {{"dtype", std::string(dtypeName(t.dtype))}, {"shape", t.shape}};
}
}  // namespace

std::string graphToJson(const Graph& g, int indent) {
  std::unordered_map<const Value*, std::string> names;
  nlohmann::json j;
  j["name"] = g.name();
  j["params"] = nlohmann::json::array();
  for (const Value* p : g.params()) {
    names[p] = "%" + p->name;
    j["params"].push_back({{"name", names[p]}, {"type", typeJson(p->type)}});
  }
  j["nodes"] = nlohmann::json::array();
  int counter = 0, index = 0;
  for (const auto& n : g.nodes()) {
    nlohmann::json node;
    node["id"] = index++;
    node["op"] = std::string(opName(n->op));
    node["inputs"] = nlohmann::json::array();
    for (const Value* in : n->inputs) node["inputs"].push_back(names.count(in) ? names[in] : "%?");
    node["outputs"] = nlohmann::json::array();
    for (const Value* out : n->outputs) {
      names[out] = "%" + std::to_string(counter++);
      node["outputs"].push_back({{"name", names[out]}, {"type", typeJson(out->type)}});
    }
    node["attrs"] = nlohmann::json::object();
    for (const auto& [k, v] : n->attrs) node["attrs"][k] = attrJson(v);
    if (n->loc.known()) node["loc"] = {{"file", n->loc.file}, {"line", n->loc.line}, {"col", n->loc.col}};
    node["scope"] = n->scope;
    j["nodes"].push_back(std::move(node));
  }
  j["outputs"] = nlohmann::json::array();
  for (const Value* o : g.outputs()) j["outputs"].push_back(names.count(o) ? names[o] : "%?");
  return j.dump(indent);
}

}  // namespace pt::ir
