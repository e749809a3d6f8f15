#include "interp/TensorRepr.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <limits>
#include <memory>

#include "interp/FloatDigits.h"

namespace pt::interp {

namespace {

using ir::DType;

// ---------------------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------------------

size_t numel(const ArrayData& a) {
  size_t n = 1;
  for (int64_t d : a.type.shape) n *= static_cast<size_t>(d);
  return n;
}

std::vector<size_t> rowMajorStrides(const std::vector<int64_t>& shape) {
  std::vector<size_t> strides(shape.size(), 1);
  for (size_t i = shape.size(); i-- > 1;) strides[i - 1] = strides[i] * static_cast<size_t>(shape[i]);
  return strides;
}

double floatAt(const ArrayData& a, size_t i) { return a.floats.at(i); }
int64_t intAt(const ArrayData& a, size_t i) { return a.ints.at(i); }

std::string spaces(size_t n) { return std::string(n, ' '); }

// Python's repr of a shape tuple: "()", "(5,)", "(2, 3)".
std::string pyTuple(const std::vector<int64_t>& shape) {
  if (shape.size() == 1) return "(" + std::to_string(shape[0]) + ",)";
  std::string out = "(";
  for (size_t i = 0; i < shape.size(); ++i) {
    if (i) out += ", ";
    out += std::to_string(shape[i]);
  }
  return out + ")";
}

std::string rstrip(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n')) s.pop_back();
  return s;
}

// Flat indices of the elements a summarised print shows: the first and last `edge` items along
// every axis longer than 2*edge (numpy's _leading_trailing, torch's get_summarized_data). The
// formatters size their columns from these elements only.
void collectCorners(const std::vector<int64_t>& shape, const std::vector<size_t>& strides, size_t axis,
                    size_t offset, int64_t edge, std::vector<size_t>& out) {
  if (axis == shape.size()) {
    out.push_back(offset);
    return;
  }
  const int64_t n = shape[axis];
  for (int64_t i = 0; i < n; ++i) {
    if (n > 2 * edge && i == edge) i = n - edge;
    collectCorners(shape, strides, axis + 1, offset + static_cast<size_t>(i) * strides[axis], edge, out);
  }
}

std::vector<size_t> shownElements(const ArrayData& a, bool summarise, int64_t edge) {
  std::vector<size_t> out;
  if (summarise) {
    collectCorners(a.type.shape, rowMajorStrides(a.type.shape), 0, 0, edge, out);
  } else {
    out.resize(numel(a));
    for (size_t i = 0; i < out.size(); ++i) out[i] = i;
  }
  return out;
}

// C++ iostream's default float output (printf "%g", 6 significant digits), which is how ml_dtypes
// prints bfloat16 scalars; numpy knows no bfloat16, so arrays of it fall back to the scalars' repr.
std::string mlDtypesScalarRepr(double v) {
  const float f = static_cast<float>(v);
  if (std::isnan(f)) return "nan";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%g", static_cast<double>(f));
  return buf;
}

// Python's format(x, '.{p}e' / '.{p}f') with an optional minimum width (right-aligned). glibc's
// printf rounds the exact binary value half-to-even like CPython's dtoa; only the spelling of
// non-finite values differs (CPython never prints "-nan").
std::string pyFormatFloat(double v, char type, int precision, int width = 0) {
  std::string s;
  if (std::isnan(v)) {
    s = "nan";
  } else if (std::isinf(v)) {
    s = v < 0 ? "-inf" : "inf";
  } else {
    char fmt[16];
    std::snprintf(fmt, sizeof fmt, "%%.%d%c", precision, type);
    char buf[512];
    std::snprintf(buf, sizeof buf, fmt, v);
    s = buf;
  }
  if (static_cast<int>(s.size()) < width) s.insert(0, static_cast<size_t>(width) - s.size(), ' ');
  return s;
}

// ---------------------------------------------------------------------------------------------
// numpy 1.24 arrayprint
// ---------------------------------------------------------------------------------------------

constexpr int kNpLineWidth = 75;
constexpr size_t kNpThreshold = 1000;
constexpr int64_t kNpEdgeItems = 3;
constexpr int kNpPrecision = 8;

using ElemFormat = std::function<std::string(size_t flat)>;

// FloatingFormat with floatmode='maxprec', precision 8, suppress=False, sign='-'.
class NumpyFloatFormat {
 public:
  NumpyFloatFormat(const ArrayData& a, const std::vector<size_t>& shown) : dtype_(a.type.dtype) {
    std::vector<double> finite;
    bool anyNonFinite = false, anyNegInf = false;
    for (size_t i : shown) {
      const double v = floatAt(a, i);
      if (std::isfinite(v)) {
        finite.push_back(v);
      } else {
        anyNonFinite = true;
        anyNegInf = anyNegInf || (std::isinf(v) && v < 0);
      }
    }
    double maxVal = 0, minVal = std::numeric_limits<double>::infinity();
    bool anyNonZero = false;
    for (double v : finite) {
      if (v == 0) continue;
      anyNonZero = true;
      maxVal = std::max(maxVal, std::fabs(v));
      minVal = std::min(minVal, std::fabs(v));
    }
    if (anyNonZero) {
      // The ratio is a numpy scalar division in the array's own type (float16 rounds it, and
      // overflow to inf counts as > 1000); the comparisons with Python floats happen in double.
      const double ratio = roundToFloatType(maxVal / minVal, dtype_);
      expFormat_ = maxVal >= 1.e8 || minVal < 0.0001 || ratio > 1000.;
    }

    if (finite.empty()) {
      padLeft_ = padRight_ = 0;
      trim_ = FloatTrim::Zeros;
      minDigits_ = -1;
    } else if (expFormat_) {
      size_t maxInt = 0, maxFrac = 0, maxExp = 0;
      for (double v : finite) {
        const std::string s = dragon4Scientific(v, dtype_, precision_, -1, FloatTrim::Zeros);
        const size_t e = s.find('e'), dot = s.find('.');
        maxExp = std::max(maxExp, s.size() - e - 1);
        maxInt = std::max(maxInt, dot);
        maxFrac = std::max(maxFrac, e - dot - 1);
      }
      expSize_ = static_cast<int>(maxExp) - 1;
      trim_ = FloatTrim::Keep;
      precision_ = static_cast<int>(maxFrac);
      minDigits_ = precision_;
      padLeft_ = static_cast<int>(maxInt);
      padRight_ = expSize_ + 2 + precision_;
    } else {
      size_t maxInt = 0, maxFrac = 0;
      for (double v : finite) {
        const std::string s = dragon4Positional(v, dtype_, precision_, -1, FloatTrim::Zeros);
        const size_t dot = s.find('.');
        maxInt = std::max(maxInt, dot);
        maxFrac = std::max(maxFrac, s.size() - dot - 1);
      }
      padLeft_ = static_cast<int>(maxInt);
      padRight_ = static_cast<int>(maxFrac);
      trim_ = FloatTrim::Zeros;
      minDigits_ = 0;
    }
    // Room for "nan"/"inf"/"-inf" right-aligned with the numbers' decimal points.
    if (anyNonFinite) {
      const int offset = padRight_ + 1;
      padLeft_ = std::max({padLeft_, 3 - offset, 3 + (anyNegInf ? 1 : 0) - offset});
    }
  }

  std::string operator()(double x) const {
    if (!std::isfinite(x)) {
      const std::string ret = std::isnan(x) ? "nan" : (x < 0 ? "-inf" : "inf");
      const int pad = padLeft_ + padRight_ + 1 - static_cast<int>(ret.size());
      return spaces(static_cast<size_t>(std::max(pad, 0))) + ret;
    }
    if (expFormat_) return dragon4Scientific(x, dtype_, precision_, minDigits_, trim_, padLeft_, expSize_);
    return dragon4Positional(x, dtype_, precision_, minDigits_, trim_, padLeft_, padRight_);
  }

 private:
  DType dtype_;
  bool expFormat_ = false;
  int precision_ = kNpPrecision;
  int minDigits_ = -1;
  FloatTrim trim_ = FloatTrim::Zeros;
  int padLeft_ = 0, padRight_ = 0, expSize_ = -1;
};

ElemFormat numpyElementFormat(const ArrayData& a, const std::vector<size_t>& shown) {
  const DType dt = a.type.dtype;
  if (dt == DType::Bool) {
    const std::string trueStr = a.type.shape.empty() ? "True" : " True";  // aligns with "False"
    return [&a, trueStr](size_t i) { return intAt(a, i) ? trueStr : std::string("False"); };
  }
  if (ir::isInteger(dt)) {
    size_t width = 0;
    for (size_t i : shown) width = std::max(width, std::to_string(intAt(a, i)).size());
    return [&a, width](size_t i) {
      std::string s = std::to_string(intAt(a, i));
      return spaces(width > s.size() ? width - s.size() : 0) + s;
    };
  }
  if (dt == DType::BFloat16) return [&a](size_t i) { return mlDtypesScalarRepr(floatAt(a, i)); };
  auto fmt = std::make_shared<NumpyFloatFormat>(a, shown);
  return [&a, fmt](size_t i) { return (*fmt)(floatAt(a, i)); };
}

// _extendLine (legacy=False): wrap only when it helps.
void extendLine(std::string& s, std::string& line, const std::string& word, size_t lineWidth,
                const std::string& nextLinePrefix) {
  bool needsWrap = line.size() + word.size() > lineWidth;
  if (line.size() <= nextLinePrefix.size()) needsWrap = false;
  if (needsWrap) {
    s += rstrip(line) + "\n";
    line = nextLinePrefix;
  }
  line += word;
}

// _formatArray: nested brackets, rows wrapped at the line width, blank lines between blocks.
class NumpyArrayFormatter {
 public:
  NumpyArrayFormatter(const ArrayData& a, ElemFormat fmt, std::string separator, bool summary)
      : shape_(a.type.shape),
        strides_(rowMajorStrides(shape_)),
        fmt_(std::move(fmt)),
        sep_(std::move(separator)),
        summary_(summary) {}

  std::string run(const std::string& nextLinePrefix, int lineWidth) const {
    return recurse(0, 0, nextLinePrefix, lineWidth);
  }

 private:
  std::string recurse(size_t axis, size_t offset, const std::string& hangingIndent, int currWidth) const {
    const size_t axesLeft = shape_.size() - axis;
    if (axesLeft == 0) return fmt_(offset);
    const std::string nextHangingIndent = hangingIndent + ' ';
    const int nextWidth = currWidth - 1;  // room for the closing ']'
    const int64_t len = shape_[axis];
    const bool showSummary = summary_ && 2 * kNpEdgeItems < len;
    const int64_t leading = showSummary ? kNpEdgeItems : 0;
    const int64_t trailing = showSummary ? kNpEdgeItems : len;
    auto child = [&](int64_t i) {
      const int64_t pos = i >= 0 ? i : len + i;
      return recurse(axis + 1, offset + static_cast<size_t>(pos) * strides_[axis], nextHangingIndent, nextWidth);
    };

    std::string s;
    if (axesLeft == 1) {
      const size_t sepWidth = rstrip(sep_).size();
      const size_t elemWidth = static_cast<size_t>(currWidth) - std::max<size_t>(sepWidth, 1);
      std::string line = hangingIndent;
      for (int64_t i = 0; i < leading; ++i) {
        extendLine(s, line, child(i), elemWidth, hangingIndent);
        line += sep_;
      }
      if (showSummary) {
        extendLine(s, line, "...", elemWidth, hangingIndent);
        line += sep_;
      }
      for (int64_t i = trailing; i > 1; --i) {
        extendLine(s, line, child(-i), elemWidth, hangingIndent);
        line += sep_;
      }
      extendLine(s, line, child(-1), elemWidth, hangingIndent);
      s += line;
    } else {
      const std::string lineSep = rstrip(sep_) + std::string(axesLeft - 1, '\n');
      for (int64_t i = 0; i < leading; ++i) s += hangingIndent + child(i) + lineSep;
      if (showSummary) s += hangingIndent + "..." + lineSep;
      for (int64_t i = trailing; i > 1; --i) s += hangingIndent + child(-i) + lineSep;
      s += hangingIndent + child(-1);
    }
    return "[" + s.substr(hangingIndent.size()) + "]";
  }

  std::vector<int64_t> shape_;
  std::vector<size_t> strides_;
  ElemFormat fmt_;
  std::string sep_;
  bool summary_;
};

// np.array2string(a, max_line_width=lineWidth, separator=sep, prefix=<prefixLen chars>, suffix=...)
// with the suffix's length already taken off lineWidth by the caller.
std::string numpyArray2String(const ArrayData& a, int lineWidth, const std::string& separator, size_t prefixLen) {
  const size_t n = numel(a);
  if (n == 0) return "[]";
  const bool summary = n > kNpThreshold;
  const ElemFormat fmt = numpyElementFormat(a, shownElements(a, summary, kNpEdgeItems));
  NumpyArrayFormatter formatter(a, fmt, separator, summary);
  return formatter.run(" " + spaces(prefixLen), lineWidth);
}

// repr()/str() of a numpy scalar (what a 0-d array's str() shows): float64/32/16 use Dragon4's
// shortest digits, positional between 1e-4 and 1e16, scientific outside.
std::string numpyScalarText(const ArrayData& a) {
  const DType dt = a.type.dtype;
  if (dt == DType::Bool) return intAt(a, 0) ? "True" : "False";
  if (ir::isInteger(dt)) return std::to_string(intAt(a, 0));
  const double v = floatAt(a, 0);
  if (dt == DType::BFloat16) return mlDtypesScalarRepr(v);
  if (!std::isfinite(v)) return std::isnan(v) ? "nan" : (v < 0 ? "-inf" : "inf");
  const double absVal = std::fabs(v);
  if (absVal == 0 || (absVal < 1.e16 && absVal >= 1.e-4))
    return dragon4Positional(v, dt, -1, -1, FloatTrim::LeaveOneZero);
  return dragon4Scientific(v, dt, -1, -1, FloatTrim::DptZeros);
}

bool numpyDtypeImplied(DType dt) { return dt == DType::Float64 || dt == DType::Int64 || dt == DType::Bool; }

// ---------------------------------------------------------------------------------------------
// torch 1.13 _tensor_str
// ---------------------------------------------------------------------------------------------

constexpr int kTorchLineWidth = 80;
constexpr size_t kTorchThreshold = 1000;
constexpr int64_t kTorchEdgeItems = 3;
constexpr int kTorchPrecision = 4;

std::string torchDtypeName(DType dt) { return "torch." + std::string(ir::dtypeLongName(dt)); }

class TorchFormatter {
 public:
  TorchFormatter(const ArrayData& a, const std::vector<size_t>& shown)
      : floating_(ir::isFloating(a.type.dtype)), bool_(a.type.dtype == DType::Bool) {
    if (!floating_) {
      for (size_t i : shown) maxWidth_ = std::max(maxWidth_, intText(intAt(a, i)).size());
      return;
    }
    // float16/bfloat16 tensors are printed through .float(): every value is exact in float32, so
    // the doubles held here are what Python sees.
    std::vector<double> vals;
    for (size_t i : shown) {
      const double v = floatAt(a, i);
      if (std::isfinite(v) && v != 0) vals.push_back(v);
    }
    if (vals.empty()) return;
    double minAbs = std::numeric_limits<double>::infinity(), maxAbs = 0;
    for (double v : vals) {
      minAbs = std::min(minAbs, std::fabs(v));
      maxAbs = std::max(maxAbs, std::fabs(v));
      if (v != std::ceil(v)) intMode_ = false;
    }
    // Thresholds are evaluated on double tensors (tensor_totype), so plain double arithmetic.
    if (intMode_) {
      if (maxAbs / minAbs > 1000.0 || maxAbs > 1.0e8) {
        sciMode_ = true;
        for (double v : vals) maxWidth_ = std::max(maxWidth_, pyFormatFloat(v, 'e', kTorchPrecision).size());
      } else {
        for (double v : vals) maxWidth_ = std::max(maxWidth_, pyFormatFloat(v, 'f', 0).size() + 1);
      }
    } else {
      if (maxAbs / minAbs > 1000.0 || maxAbs > 1.0e8 || minAbs < 1.0e-4) {
        sciMode_ = true;
        for (double v : vals) maxWidth_ = std::max(maxWidth_, pyFormatFloat(v, 'e', kTorchPrecision).size());
      } else {
        for (double v : vals) maxWidth_ = std::max(maxWidth_, pyFormatFloat(v, 'f', kTorchPrecision).size());
      }
    }
  }

  size_t width() const { return maxWidth_; }

  std::string formatFloat(double v) const {
    std::string ret;
    if (sciMode_) {
      ret = pyFormatFloat(v, 'e', kTorchPrecision, static_cast<int>(maxWidth_));
    } else if (intMode_) {
      ret = pyFormatFloat(v, 'f', 0);
      if (std::isfinite(v)) ret += '.';
    } else {
      ret = pyFormatFloat(v, 'f', kTorchPrecision);
    }
    return pad(ret);
  }
  std::string formatInt(int64_t v) const { return pad(intText(v)); }

 private:
  std::string intText(int64_t v) const {
    if (bool_) return v ? "True" : "False";
    return std::to_string(v);
  }
  std::string pad(const std::string& s) const { return spaces(maxWidth_ > s.size() ? maxWidth_ - s.size() : 0) + s; }

  bool floating_;
  bool bool_;
  bool intMode_ = true;
  bool sciMode_ = false;
  size_t maxWidth_ = 1;
};

class TorchTensorFormatter {
 public:
  TorchTensorFormatter(const ArrayData& a, const TorchFormatter& fmt, bool summarize)
      : a_(a), shape_(a.type.shape), strides_(rowMajorStrides(shape_)), fmt_(fmt), summarize_(summarize) {}

  std::string run(size_t indent) const { return recurse(0, 0, indent); }

 private:
  std::string element(size_t flat) const {
    return ir::isFloating(a_.type.dtype) ? fmt_.formatFloat(floatAt(a_, flat)) : fmt_.formatInt(intAt(a_, flat));
  }

  std::string recurse(size_t axis, size_t offset, size_t indent) const {
    const size_t dim = shape_.size() - axis;
    if (dim == 0) return element(offset);
    const int64_t len = shape_[axis];
    const bool cut = summarize_ && len > 2 * kTorchEdgeItems;
    std::vector<std::string> items;
    auto each = [&](auto&& make) {
      for (int64_t i = 0; i < len; ++i) {
        if (cut && i == kTorchEdgeItems) {
          items.push_back(dim == 1 ? " ..." : "...");
          i = len - kTorchEdgeItems;
        }
        items.push_back(make(offset + static_cast<size_t>(i) * strides_[axis]));
      }
    };
    if (dim == 1) {
      // _vector_str: a fixed number of elements per line, from the common element width.
      each([&](size_t flat) { return element(flat); });
      const size_t elementLength = fmt_.width() + 2;
      const size_t perLine =
          std::max<int64_t>(1, (static_cast<int64_t>(kTorchLineWidth) - static_cast<int64_t>(indent)) /
                                   static_cast<int64_t>(elementLength));
      std::string out = "[";
      for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += (i % perLine == 0) ? ",\n" + spaces(indent + 1) : ", ";
        out += items[i];
      }
      return out + "]";
    }
    each([&](size_t flat) { return recurse(axis + 1, flat, indent + 1); });
    const std::string joiner = "," + std::string(dim - 1, '\n') + spaces(indent + 1);
    std::string out = "[";
    for (size_t i = 0; i < items.size(); ++i) {
      if (i > 0) out += joiner;
      out += items[i];
    }
    return out + "]";
  }

  const ArrayData& a_;
  std::vector<int64_t> shape_;
  std::vector<size_t> strides_;
  const TorchFormatter& fmt_;
  bool summarize_;
};

// _add_suffixes, including its off-by-two estimate of the last line's length.
std::string torchAddSuffixes(const std::string& tensorStr, const std::vector<std::string>& suffixes, size_t indent) {
  std::string out = tensorStr;
  const size_t nl = tensorStr.rfind('\n');
  int64_t lastLineLen = static_cast<int64_t>(tensorStr.size()) - (nl == std::string::npos ? -1 : static_cast<int64_t>(nl)) + 1;
  for (const std::string& suffix : suffixes) {
    const int64_t len = static_cast<int64_t>(suffix.size());
    if (lastLineLen + len + 2 > kTorchLineWidth) {
      out += ",\n" + spaces(indent) + suffix;
      lastLineLen = static_cast<int64_t>(indent) + len;
    } else {
      out += ", " + suffix;
      lastLineLen += len + 2;
    }
  }
  return out + ")";
}

// ---------------------------------------------------------------------------------------------
// ivy: vec_sig_fig (10 significant figures) before numpy's repr
// ---------------------------------------------------------------------------------------------

// np.round(x * mags) / mags with mags = 10 ** (9 - floor(log10(|x|))). np.where(..., 10 ** 9)
// promotes every float type to float64 (the int needs more than float16/float32 can hold under
// numpy 1.x value-based casting), so all of it happens in double and the result is float64.
double ivySigFig(double x) {
  constexpr int kSigFig = 10;
  const double xp = (std::isfinite(x) && x != 0) ? std::fabs(x) : 1e9;
  const double mags = std::pow(10.0, (kSigFig - 1) - std::floor(std::log10(xp)));
  return std::nearbyint(x * mags) / mags;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Public entry points
// ---------------------------------------------------------------------------------------------

std::string numpyRepr(const ArrayData& a) {
  const DType dt = a.type.dtype;
  const size_t n = numel(a);
  const bool skipDtype = numpyDtypeImplied(dt) && n > 0;
  const std::string prefix = "array(";
  const std::string suffix = skipDtype ? ")" : ",";
  std::string lst;
  if (n > 0 || a.type.shape == std::vector<int64_t>{0}) {
    lst = numpyArray2String(a, kNpLineWidth - static_cast<int>(suffix.size()), ", ", prefix.size());
  } else {
    lst = "[], shape=" + pyTuple(a.type.shape);
  }
  const std::string arrStr = prefix + lst + suffix;
  if (skipDtype) return arrStr;
  const std::string dtypeStr = "dtype=" + std::string(ir::dtypeLongName(dt)) + ")";
  const size_t nl = arrStr.rfind('\n');
  const size_t lastLineLen = arrStr.size() - (nl == std::string::npos ? 0 : nl + 1);
  const std::string spacer = lastLineLen + dtypeStr.size() + 1 > static_cast<size_t>(kNpLineWidth)
                                 ? "\n" + spaces(prefix.size())
                                 : " ";
  return arrStr + spacer + dtypeStr;
}

std::string numpyStr(const ArrayData& a) {
  if (a.type.shape.empty()) return numpyScalarText(a);
  return numpyArray2String(a, kNpLineWidth, " ", 0);
}

std::string torchRepr(const ArrayData& a) {
  const DType dt = a.type.dtype;
  const std::string prefix = "tensor(";
  const size_t indent = prefix.size();
  std::vector<std::string> suffixes;
  std::string tensorStr;
  if (numel(a) == 0) {
    // No elements to infer the dtype from, so only the default float32 goes without it.
    if (a.type.shape.size() != 1) suffixes.push_back("size=" + pyTuple(a.type.shape));
    if (dt != DType::Float32) suffixes.push_back("dtype=" + torchDtypeName(dt));
    tensorStr = "[]";
  } else {
    if (dt != DType::Float32 && dt != DType::Int64 && dt != DType::Bool)
      suffixes.push_back("dtype=" + torchDtypeName(dt));
    const bool summarize = numel(a) > kTorchThreshold;
    const TorchFormatter fmt(a, shownElements(a, summarize, kTorchEdgeItems));
    tensorStr = TorchTensorFormatter(a, fmt, summarize).run(indent);
  }
  return torchAddSuffixes(prefix + tensorStr, suffixes, indent);
}

std::string tfRepr(const ArrayData& a) {
  // EagerTensor.__repr__ → value_text(is_repr=True) → numpy_text: repr of .numpy(), which is a numpy
  // scalar for 0-d tensors (TF releases built against numpy 1.x), prefixed by a newline when the
  // text spans lines.
  std::string text = a.type.shape.empty() ? numpyScalarText(a) : numpyRepr(a);
  if (text.find('\n') != std::string::npos) text = "\n" + text;
  return "<tf.Tensor: shape=" + pyTuple(a.type.shape) + ", dtype=" + std::string(ir::dtypeLongName(a.type.dtype)) +
         ", numpy=" + text + ">";
}

std::string jaxRepr(const ArrayData& a) {
  // ArrayImpl.__repr__: np.array2string with prefix 'Array(' and suffix ',', the dtype always shown.
  // Its last-line estimate is two too long without a newline, and an overlong dtype goes after
  // six spaces on the same line, not on a new one: both faithfully reproduced.
  const std::string prefix = "Array(";
  const std::string dtypeStr = "dtype=" + std::string(ir::dtypeLongName(a.type.dtype)) + ")";
  std::string s;
  if (numel(a) == 0) {
    s = "[], shape=" + pyTuple(a.type.shape);
  } else {
    s = numpyArray2String(a, kNpLineWidth - 1, ", ", prefix.size());
  }
  const size_t nl = s.rfind('\n');
  const int64_t lastLineLen = static_cast<int64_t>(s.size()) - (nl == std::string::npos ? -1 : static_cast<int64_t>(nl)) + 1;
  const std::string sep = lastLineLen + static_cast<int64_t>(dtypeStr.size()) + 1 > kNpLineWidth ? spaces(prefix.size()) : " ";
  return prefix + s + "," + sep + dtypeStr;
}

std::string ivyRepr(const ArrayData& a) {
  // ivy.Array.__repr__: numpy repr of the values rounded to 10 significant figures, minus the last
  // character, cut at ", dtype" / ", dev", after the opening parenthesis, with "ivy.array" before.
  ArrayData rep = a;
  // bfloat16 (ml_dtypes) is not an np.floating subtype: vec_sig_fig leaves it alone.
  if (ir::isFloating(a.type.dtype) && a.type.dtype != DType::BFloat16 && numel(a) > 0) {
    rep.type.dtype = DType::Float64;
    for (double& v : rep.floats) v = ivySigFig(v);
  }
  std::string r = numpyRepr(rep);
  r.pop_back();
  for (const char* cut : {", dtype", ", dev"}) {
    const size_t pos = r.find(cut);
    if (pos != std::string::npos) r.erase(pos);
  }
  const size_t paren = r.find('(');
  return "ivy.array" + (paren == std::string::npos ? r : r.substr(paren)) + ")";
}

}  // namespace pt::interp
