#pragma once
// Small IR graphs the layout and view tests share, built directly (no tracing).
#include <memory>

#include "ir/Graph.h"

namespace pt::test {

// normalize(x) = (x - mean(x)) / std(x, correction=1) over f64[10], as the walkthrough traces it:
// nodes mean, std, sub, div; mean made at example.py:4:12 (DESIGN.md's example).
inline std::unique_ptr<ir::Graph> normalizeGraph() {
  auto g = std::make_unique<ir::Graph>("normalize");
  const ir::TensorType vec{ir::DType::Float64, {10}};
  const ir::TensorType scalar{ir::DType::Float64, {}};
  ir::Value* x = g->addParam("x", vec);
  ir::Node* mean = g->addNode(ir::OpKind::Mean, {x}, {{"axes", std::vector<int64_t>{}}, {"keepdims", false}}, {scalar});
  ir::Node* std = g->addNode(ir::OpKind::Std, {x},
                             {{"axes", std::vector<int64_t>{}}, {"correction", int64_t{1}}, {"keepdims", false}}, {scalar});
  ir::Node* sub = g->addNode(ir::OpKind::Sub, {x, mean->outputs[0]}, {}, {vec});
  ir::Node* div = g->addNode(ir::OpKind::Div, {sub->outputs[0], std->outputs[0]}, {}, {vec});
  mean->loc = {"example.py", 4, 12, 4, 25};
  g->setOutputs({div->outputs[0]});
  return g;
}

}  // namespace pt::test
