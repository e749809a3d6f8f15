// NumPy's .npy format (version 1.0), for --save-outputs: readable by numpy.load in tests.
#include <filesystem>
#include <fstream>

#include "runtime/Backend.h"
#include "session/NpyFormat.h"
#include "session/Session.h"

namespace pt::session {

namespace {

void writeNpy(const std::string& file, ir::DType dtype, const std::vector<int64_t>& shape, const std::string& data) {
  // Python's tuple repr: "()", "(10,)", "(2, 3)".
  std::string shapeText = "(";
  for (size_t i = 0; i < shape.size(); ++i) shapeText += (i ? ", " : "") + std::to_string(shape[i]);
  shapeText += shape.size() == 1 ? ",)" : ")";
  std::string header = "{'descr': '" + std::string(npyDescr(dtype)) + "', 'fortran_order': False, 'shape': " + shapeText + ", }";
  size_t total = 10 + header.size() + 1;
  header += std::string((64 - total % 64) % 64, ' ') + "\n";
  std::ofstream out(file, std::ios::binary);
  out.write("\x93NUMPY\x01\x00", 8);
  uint16_t len = static_cast<uint16_t>(header.size());
  char lenBytes[2] = {static_cast<char>(len & 0xff), static_cast<char>(len >> 8)};
  out.write(lenBytes, 2);
  out << header << data;
}

template <class T>
std::string bytesOf(const std::vector<T>& v) {
  return std::string(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
}

void collectLeaves(interp::Interpreter& in, const interp::Value& v, std::vector<interp::Value>& leaves) {
  if (auto* t = v.as<interp::TupleObject>()) {
    for (const auto& i : t->items) collectLeaves(in, i, leaves);
  } else if (auto* l = v.as<interp::ListObject>()) {
    for (const auto& i : l->items) collectLeaves(in, i, leaves);
  } else {
    leaves.push_back(v);
  }
}

}  // namespace

std::vector<std::string> saveOutputsAsNpy(interp::Interpreter& in, const interp::Value& result, const std::string& dir) {
  std::filesystem::create_directories(dir);
  std::vector<interp::Value> leaves;
  collectLeaves(in, result, leaves);
  std::vector<std::string> written;
  for (size_t i = 0; i < leaves.size(); ++i) {
    std::string file = (std::filesystem::path(dir) / ("out" + std::to_string(i) + ".npy")).string();
    const interp::Value& v = leaves[i];
    if (auto* t = v.as<interp::TensorObject>()) {
      ir::DType d = t->tensor.dtype();
      if (d == ir::DType::BFloat16) {
        auto doubles = t->tensor.toDoubles();
        std::vector<float> floats(doubles.begin(), doubles.end());
        writeNpy(file, d, t->tensor.shape(), bytesOf(floats));
      } else {
        std::string data(static_cast<size_t>(t->tensor.numel()) * ir::dtypeSize(d), '\0');
        if (!data.empty()) runtime::backend().toBuffer(t->tensor, data.data());
        writeNpy(file, d, t->tensor.shape(), data);
      }
    } else if (v.isBool()) {
      writeNpy(file, ir::DType::Bool, {}, std::string(1, v.asBool() ? '\1' : '\0'));
    } else if (v.isInt()) {
      writeNpy(file, ir::DType::Int64, {}, bytesOf(std::vector<int64_t>{v.asInt()}));
    } else if (v.isFloat()) {
      writeNpy(file, ir::DType::Float64, {}, bytesOf(std::vector<double>{v.asFloat()}));
    } else {
      in.raise("TypeError", "--save-outputs: cannot save a '" + std::string(v.typeName()) + "' as .npy");
    }
    written.push_back(file);
  }
  return written;
}

}  // namespace pt::session
