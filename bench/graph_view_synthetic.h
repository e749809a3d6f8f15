#pragma once
// Synthetic traced graphs for the graph view's tests and benchmark, built as ir::Graph directly
// (no interpreter, no runtime): the shapes a tracer produces, with scope paths.
//  - model(): a transformer-like model: stages of identical blocks (a helper called in a loop),
//    each block calling norm / mixer(linear ×3, softmax) / mlp(linear, gelu, linear) with
//    residual connections — nested scopes and repeated blocks.
//  - flat(): one function with n ops and no calls: a chain with skip connections, as a long
//    hand-written function traces.
#include <cstdint>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "ir/Graph.h"

namespace pt::synthetic {

class Builder {
 public:
  explicit Builder(std::string name) : g_(std::make_unique<ir::Graph>(std::move(name))) {}

  ir::Value* param(const std::string& name) { return g_->addParam(name, type_); }
  ir::Value* op(ir::OpKind kind, std::vector<ir::Value*> inputs, ir::Attrs attrs = {}) {
    ir::TensorType t = type_;
    if (kind == ir::OpKind::Mean || kind == ir::OpKind::Sum) t.shape = {type_.shape[0], 1};
    ir::Node* n = g_->addNode(kind, std::move(inputs), std::move(attrs), {t});
    n->scope = scope_;
    n->loc = {"model.py", line_, 5, line_, 30};
    return n->outputs[0];
  }
  void at(int line) { line_ = line; }
  void enter(const std::string& function) { scope_.push_back(function); }
  void leave() { scope_.pop_back(); }
  std::unique_ptr<ir::Graph> finish(std::vector<ir::Value*> outputs) {
    g_->setOutputs(std::move(outputs));
    return std::move(g_);
  }

 private:
  std::unique_ptr<ir::Graph> g_;
  ir::TensorType type_{ir::DType::Float32, {8, 64}};
  std::vector<std::string> scope_;
  int line_ = 1;
};

inline ir::Attrs rowReduce() { return {{"axes", std::vector<int64_t>{1}}, {"keepdims", true}}; }

// Scoped helper calls, each a Python function of the synthetic model.
inline ir::Value* norm(Builder& b, ir::Value* x, ir::Value* scale) {
  b.enter("layer_norm");
  b.at(10);
  ir::Value* mean = b.op(ir::OpKind::Mean, {x}, rowReduce());
  b.at(11);
  ir::Value* centred = b.op(ir::OpKind::Sub, {x, mean});
  ir::Value* square = b.op(ir::OpKind::Square, {centred});
  b.at(12);
  ir::Value* var = b.op(ir::OpKind::Mean, {square}, rowReduce());
  ir::Value* root = b.op(ir::OpKind::Sqrt, {var});
  b.at(13);
  ir::Value* y = b.op(ir::OpKind::Div, {centred, root});
  y = b.op(ir::OpKind::Mul, {y, scale});
  b.leave();
  return y;
}

inline ir::Value* linear(Builder& b, ir::Value* x, ir::Value* w) {
  b.enter("linear");
  b.at(20);
  ir::Value* y = b.op(ir::OpKind::Mul, {x, w});
  y = b.op(ir::OpKind::Add, {y, w});
  b.leave();
  return y;
}

inline ir::Value* softmax(Builder& b, ir::Value* x) {
  b.enter("softmax");
  b.at(30);
  ir::Value* e = b.op(ir::OpKind::Exp, {x});
  ir::Value* s = b.op(ir::OpKind::Sum, {e}, rowReduce());
  b.at(31);
  ir::Value* y = b.op(ir::OpKind::Div, {e, s});
  b.leave();
  return y;
}

inline ir::Value* gelu(Builder& b, ir::Value* x) {
  b.enter("gelu");
  b.at(40);
  ir::Value* c = b.op(ir::OpKind::Mul, {x, x});
  c = b.op(ir::OpKind::Mul, {c, x});
  c = b.op(ir::OpKind::Add, {x, c});
  b.at(41);
  ir::Value* t = b.op(ir::OpKind::Tanh, {c});
  t = b.op(ir::OpKind::Add, {t, x});
  ir::Value* y = b.op(ir::OpKind::Mul, {x, t});
  b.leave();
  return y;
}

inline ir::Value* block(Builder& b, ir::Value* x, ir::Value* w) {
  b.enter("block");
  ir::Value* h = norm(b, x, w);
  b.enter("mixer");
  ir::Value* q = linear(b, h, w);
  ir::Value* k = linear(b, h, w);
  ir::Value* v = linear(b, h, w);
  b.at(50);
  ir::Value* scores = b.op(ir::OpKind::Mul, {q, k});
  ir::Value* attn = softmax(b, scores);
  b.at(51);
  ir::Value* mixed = b.op(ir::OpKind::Mul, {attn, v});
  b.leave();
  b.at(60);
  x = b.op(ir::OpKind::Add, {x, mixed});
  h = norm(b, x, w);
  b.enter("mlp");
  h = linear(b, h, w);
  h = gelu(b, h);
  h = linear(b, h, w);
  b.leave();
  b.at(61);
  x = b.op(ir::OpKind::Add, {x, h});
  b.leave();
  return x;
}

inline int blockOps() { return 37; }  // ops one block() adds (kept in step by a test)

// About `ops` ops: stages of identical blocks, then a head.
inline std::unique_ptr<ir::Graph> model(int ops, int stages = 10) {
  Builder b("model");
  b.enter("model");
  ir::Value* x = b.param("x");
  ir::Value* w = b.param("w");
  const int blocksPerStage = std::max(1, (ops / stages - 2 + blockOps() / 2) / blockOps());
  for (int s = 0; s < stages; ++s) {
    b.enter("stage");
    for (int k = 0; k < blocksPerStage; ++k) x = block(b, x, w);
    b.at(70);
    x = b.op(ir::OpKind::Relu, {x});
    x = b.op(ir::OpKind::Mul, {x, w});
    b.leave();
  }
  b.at(80);
  ir::Value* y = norm(b, x, w);
  y = softmax(b, y);
  b.leave();
  return b.finish({y});
}

// n ops in one function: a chain, half of them also reading a value from 2..25 ops back.
inline std::unique_ptr<ir::Graph> flat(int n, unsigned seed = 1) {
  Builder b("flat");
  b.enter("flat");
  std::mt19937 rng(seed);
  std::vector<ir::Value*> values{b.param("x")};
  const ir::OpKind unary[] = {ir::OpKind::Exp, ir::OpKind::Neg, ir::OpKind::Tanh, ir::OpKind::Sqrt, ir::OpKind::Abs};
  const ir::OpKind binary[] = {ir::OpKind::Add, ir::OpKind::Mul, ir::OpKind::Sub, ir::OpKind::Maximum};
  for (int i = 0; i < n; ++i) {
    b.at(i + 2);
    ir::Value* last = values.back();
    if (rng() % 2 && values.size() > 2) {
      const size_t back = std::min<size_t>(values.size() - 1, 2 + rng() % 24);
      values.push_back(b.op(binary[rng() % 4], {last, values[values.size() - 1 - back]}));
    } else {
      values.push_back(b.op(unary[rng() % 5], {last}));
    }
  }
  b.leave();
  return b.finish({values.back()});
}

}  // namespace pt::synthetic
