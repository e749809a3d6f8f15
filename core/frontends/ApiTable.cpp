#include "frontends/ApiTable.h"

#include <algorithm>
#include <stdexcept>

namespace pt::frontends {

ApiTable::ApiTable() {
  registerTorchApi(*this);
  registerNumpyApi(*this);
  registerJaxApi(*this);
  registerTensorFlowApi(*this);
  registerIvyApi(*this);
  registerNeuralNetApi(*this);
  finish();
}

const ApiTable& ApiTable::instance() {
  static const ApiTable table;
  return table;
}

void ApiTable::add(ir::Framework fw, std::string_view prefix, const std::vector<ApiRow>& rows) {
  for (const auto& row : rows) {
    ApiEntry e;
    e.symbol = std::string(prefix) + "." + row.name;
    e.signature = Signature::parse(row.signature);
    e.lower = row.lower;
    e.op = row.op;
    e.attrs = row.attrs;
    e.framework = fw;
    e.note = row.note;
    entries_.push_back(std::move(e));
  }
}

void ApiTable::finish() {
  sortedIndex_.resize(entries_.size());
  for (size_t i = 0; i < entries_.size(); ++i) sortedIndex_[i] = i;
  std::stable_sort(sortedIndex_.begin(), sortedIndex_.end(),
                   [&](size_t a, size_t b) { return entries_[a].symbol < entries_[b].symbol; });
  // One symbol, one row: a second row would be dead (lookups find the first) and the coverage
  // table would count it twice — a programming error in the tables, caught by every test.
  std::string twice;
  for (size_t i = 1; i < sortedIndex_.size(); ++i)
    if (entries_[sortedIndex_[i]].symbol == entries_[sortedIndex_[i - 1]].symbol) twice += " " + entries_[sortedIndex_[i]].symbol;
  if (!twice.empty()) throw std::logic_error("API rows registered twice:" + twice);
  for (const auto& e : entries_) {
    for (size_t dot = e.symbol.find('.'); dot != std::string::npos; dot = e.symbol.find('.', dot + 1))
      namespaces_.push_back(e.symbol.substr(0, dot));
  }
  std::sort(namespaces_.begin(), namespaces_.end());
  namespaces_.erase(std::unique(namespaces_.begin(), namespaces_.end()), namespaces_.end());
}

const ApiEntry* ApiTable::find(std::string_view symbol) const {
  auto it = std::lower_bound(sortedIndex_.begin(), sortedIndex_.end(), symbol,
                             [&](size_t i, std::string_view s) { return entries_[i].symbol < s; });
  if (it == sortedIndex_.end() || entries_[*it].symbol != symbol) return nullptr;
  return &entries_[*it];
}

bool ApiTable::isNamespace(std::string_view prefix) const {
  return std::binary_search(namespaces_.begin(), namespaces_.end(), prefix,
                            [](std::string_view a, std::string_view b) { return a < b; });
}

std::string_view ApiTable::tensorTypePrefix(ir::Framework fw) {
  switch (fw) {
    case ir::Framework::Torch: return "torch.Tensor";
    case ir::Framework::Numpy: return "numpy.ndarray";
    case ir::Framework::Jax: return "jax.Array";
    case ir::Framework::TensorFlow: return "tensorflow.Tensor";
    case ir::Framework::Ivy: return "ivy.Array";
  }
  return "torch.Tensor";
}

std::string_view ApiTable::rootModule(ir::Framework fw) { return ir::frameworkName(fw); }

}  // namespace pt::frontends
