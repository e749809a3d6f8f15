#include "session/NpyFormat.h"

#include <array>
#include <cctype>
#include <fstream>
#include <utility>

namespace pt::session {

namespace {

// One row per dtype: numpy's descr, and the spellings numpy also accepts when reading.
struct DescrRow {
  ir::DType dtype;
  std::string_view written;
  std::array<std::string_view, 2> alsoRead;
};
constexpr DescrRow kDescrs[] = {
    {ir::DType::Bool, "|b1", {"<b1", ""}},    {ir::DType::UInt8, "|u1", {"<u1", ""}},
    {ir::DType::Int8, "|i1", {"<i1", ""}},    {ir::DType::Int16, "<i2", {"", ""}},
    {ir::DType::Int32, "<i4", {"", ""}},      {ir::DType::Int64, "<i8", {"", ""}},
    {ir::DType::Float16, "<f2", {"", ""}},    {ir::DType::Float32, "<f4", {"", ""}},
    {ir::DType::Float64, "<f8", {"", ""}},
};

[[noreturn]] void fail(const std::string& path, const std::string& what) { throw NpyError{path + ": " + what}; }

// The header is a Python dict literal; numpy writes exactly three keys. A small scanner for
// those keys is enough and never evaluates anything.
std::string stringValue(const std::string& header, const std::string& key, const std::string& path) {
  const size_t k = header.find("'" + key + "'");
  if (k == std::string::npos) fail(path, "the .npy header has no '" + key + "'");
  const size_t open = header.find('\'', header.find(':', k) + 1);
  const size_t close = open == std::string::npos ? open : header.find('\'', open + 1);
  if (close == std::string::npos) fail(path, "the .npy header's '" + key + "' is not a string");
  return header.substr(open + 1, close - open - 1);
}

bool fortranOrder(const std::string& header, const std::string& path) {
  const size_t k = header.find("'fortran_order'");
  if (k == std::string::npos) fail(path, "the .npy header has no 'fortran_order'");
  size_t v = header.find_first_not_of(" :", k + 15);
  if (header.compare(v, 4, "True") == 0) return true;
  if (header.compare(v, 5, "False") == 0) return false;
  fail(path, "the .npy header's 'fortran_order' is neither True nor False");
}

std::vector<int64_t> shapeValue(const std::string& header, const std::string& path) {
  const size_t k = header.find("'shape'");
  const size_t open = k == std::string::npos ? k : header.find('(', k);
  const size_t close = open == std::string::npos ? open : header.find(')', open);
  if (close == std::string::npos) fail(path, "the .npy header has no 'shape' tuple");
  std::vector<int64_t> shape;
  std::string digits;
  for (size_t i = open + 1; i <= close; ++i) {
    const char c = header[i];
    if (std::isdigit(static_cast<unsigned char>(c))) {
      digits += c;
    } else if (c == ',' || c == ')') {
      if (!digits.empty()) {
        if (digits.size() > 15) fail(path, "a dimension of the .npy shape is too large");
        shape.push_back(std::stoll(digits));
      }
      digits.clear();
    } else if (c != ' ' && c != 'L') {
      fail(path, "the .npy shape is not a tuple of integers");
    }
  }
  return shape;
}

// Fortran order holds the transposed array in C order: move element (i0..in) from column-major
// position to row-major position.
std::string toCOrder(const std::string& data, const std::vector<int64_t>& shape, size_t itemSize) {
  const size_t rank = shape.size();
  if (rank < 2) return data;
  std::string out(data.size(), '\0');
  const size_t count = data.size() / itemSize;
  std::vector<int64_t> index(rank, 0);
  for (size_t f = 0; f < count; ++f) {
    size_t c = 0;
    for (size_t d = 0; d < rank; ++d) c = c * static_cast<size_t>(shape[d]) + static_cast<size_t>(index[d]);
    out.replace(c * itemSize, itemSize, data, f * itemSize, itemSize);
    for (size_t d = 0; d < rank && ++index[d] == shape[d]; ++d) index[d] = 0;  // first index fastest
  }
  return out;
}

}  // namespace

std::string_view npyDescr(ir::DType dtype) {
  for (const auto& row : kDescrs)
    if (row.dtype == dtype) return row.written;
  return "<f4";  // bfloat16: numpy has none, written widened to float32
}

std::optional<ir::DType> dtypeFromNpyDescr(std::string_view descr) {
  for (const auto& row : kDescrs)
    if (descr == row.written || (!descr.empty() && (descr == row.alsoRead[0] || descr == row.alsoRead[1])))
      return row.dtype;
  return std::nullopt;
}

NpyArray readNpy(const std::string& path, uint64_t maxBytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail(path, "cannot open the file");
  char magic[8] = {};
  in.read(magic, 8);
  if (in.gcount() != 8 || std::string_view(magic, 6) != "\x93NUMPY") fail(path, "not a .npy file (no \\x93NUMPY magic)");
  const int major = static_cast<unsigned char>(magic[6]);
  if (major < 1 || major > 3) fail(path, "unsupported .npy format version " + std::to_string(major));
  unsigned char lenBytes[4] = {};
  const int lenSize = major == 1 ? 2 : 4;
  in.read(reinterpret_cast<char*>(lenBytes), lenSize);
  uint64_t headerLen = 0;
  for (int i = lenSize - 1; i >= 0; --i) headerLen = headerLen << 8 | lenBytes[i];
  if (!in || headerLen > (1u << 20)) fail(path, "the .npy header is truncated or implausibly long");
  std::string header(headerLen, '\0');
  in.read(header.data(), static_cast<std::streamsize>(headerLen));
  if (static_cast<uint64_t>(in.gcount()) != headerLen) fail(path, "the .npy header is truncated");

  NpyArray array;
  const std::string descr = stringValue(header, "descr", path);
  const auto dtype = dtypeFromNpyDescr(descr);
  if (!dtype) {
    const bool bigEndian = !descr.empty() && descr[0] == '>';
    fail(path, "dtype '" + descr + "' is not supported" +
                   (bigEndian ? " (big-endian: save it with .astype('<" + descr.substr(1) + "'))"
                              : " (supported: bool, uint8, int8-int64, float16-float64)"));
  }
  array.dtype = *dtype;
  array.shape = shapeValue(header, path);
  const bool fortran = fortranOrder(header, path);

  const uint64_t itemSize = ir::dtypeSize(array.dtype);
  uint64_t bytes = itemSize;
  for (int64_t d : array.shape) {
    if (d != 0 && bytes > maxBytes / static_cast<uint64_t>(d)) fail(path, "the array is larger than the memory budget (" + std::to_string(maxBytes >> 20) + " MiB)");
    bytes *= static_cast<uint64_t>(d);
  }
  if (bytes > maxBytes) fail(path, "the array is larger than the memory budget (" + std::to_string(maxBytes >> 20) + " MiB)");
  array.data.resize(bytes);
  in.read(array.data.data(), static_cast<std::streamsize>(bytes));
  if (static_cast<uint64_t>(in.gcount()) != bytes)
    fail(path, "the data is truncated: " + std::to_string(in.gcount()) + " of " + std::to_string(bytes) + " bytes");
  if (fortran) array.data = toCOrder(array.data, array.shape, itemSize);
  return array;
}

}  // namespace pt::session
