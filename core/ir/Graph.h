#pragma once
// The traced program: a function of tensor parameters to tensor outputs, as a list of nodes
// in topological order. Values are numbered only when printed; nothing depends on addresses.
#include <memory>
#include <string>
#include <vector>

#include "base/Diagnostic.h"
#include "ir/Attr.h"
#include "ir/DType.h"
#include "ir/Op.h"

namespace pt::ir {

struct Node;

struct Value {
  TensorType type;
  Node* producer = nullptr;  // nullptr for graph parameters
  int outputIndex = 0;
  std::string name;          // parameter name; empty for node results
};

struct Node {
  OpKind op{};
  std::vector<Value*> inputs;
  std::vector<Value*> outputs;
  Attrs attrs;
  SourceLocation loc;                // where the API call was in the user's source
  std::vector<std::string> scope;    // Python call chain, outermost first, e.g. {"normalize", "std"}
};

class Graph {
 public:
  explicit Graph(std::string name = "main") : name_(std::move(name)) {}
  Graph(const Graph&) = delete;
  Graph& operator=(const Graph&) = delete;

  const std::string& name() const { return name_; }
  void setName(std::string n) { name_ = std::move(n); }

  Value* addParam(std::string name, TensorType type);
  Node* addNode(OpKind op, std::vector<Value*> inputs, Attrs attrs, std::vector<TensorType> outputTypes);
  void setOutputs(std::vector<Value*> outputs) { outputs_ = std::move(outputs); }

  const std::vector<Value*>& params() const { return params_; }
  const std::vector<std::unique_ptr<Node>>& nodes() const { return nodes_; }
  const std::vector<Value*>& outputs() const { return outputs_; }

  // Passes: replace every use of `from` (node inputs and graph outputs) by `to`.
  void replaceAllUses(Value* from, Value* to);
  // Removes the given nodes (their results must be unused). Keeps order of the rest.
  void removeNodes(const std::vector<const Node*>& dead);
  std::unique_ptr<Graph> clone() const;

 private:
  std::string name_;
  std::vector<std::unique_ptr<Value>> values_;
  std::vector<Value*> params_;
  std::vector<std::unique_ptr<Node>> nodes_;
  std::vector<Value*> outputs_;
};

}  // namespace pt::ir
