#include "views/GraphSearch.h"

#include <QRegularExpression>
#include <QStringList>

#include "ir/Graph.h"

namespace pt::views {

namespace {

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

struct Fields {
  QStringList name, op, dtype, shape, scope;
};

void addType(Fields& f, const ir::TensorType& t) {
  f.dtype << qs(ir::dtypeName(t.dtype)) << qs(ir::dtypeLongName(t.dtype));
  QStringList dims;
  for (int64_t d : t.shape) dims << QString::number(d);
  // Every spelling a user might type: IR "[4,4]", Python "(4, 4)", "4x4", and the whole type.
  f.shape << QStringLiteral("[%1]").arg(dims.join(QLatin1Char(','))) << QStringLiteral("(%1)").arg(dims.join(QStringLiteral(", ")))
          << dims.join(QLatin1Char('x')) << qs(ir::typeText(t));
}

}  // namespace

std::vector<ViewEntry> findInGraph(const ir::Graph& graph, const QString& pattern, bool regex, QString* error) {
  if (error) error->clear();
  QString text = pattern.trimmed();
  std::vector<ViewEntry> hits;
  if (text.isEmpty()) return hits;
  enum class Field { Any, Name, Op, DType, Shape, Scope } field = Field::Any;
  const std::pair<const char*, Field> prefixes[] = {
      {"op:", Field::Op}, {"name:", Field::Name}, {"dtype:", Field::DType}, {"shape:", Field::Shape}, {"scope:", Field::Scope}};
  for (const auto& [prefix, f] : prefixes)
    if (text.startsWith(QLatin1String(prefix), Qt::CaseInsensitive)) {
      field = f;
      text = text.mid(static_cast<qsizetype>(qstrlen(prefix))).trimmed();
      break;
    }
  if (text.isEmpty()) return hits;
  QRegularExpression re;
  if (regex) {
    re = QRegularExpression(text, QRegularExpression::CaseInsensitiveOption);
    if (!re.isValid()) {
      if (error) *error = re.errorString();
      return hits;
    }
  }
  auto matches = [&](const Fields& f) {
    auto any = [&](const QStringList& list) {
      for (const QString& s : list)
        if (regex ? re.match(s).hasMatch() : s.contains(text, Qt::CaseInsensitive)) return true;
      return false;
    };
    switch (field) {
      case Field::Name: return any(f.name);
      case Field::Op: return any(f.op);
      case Field::DType: return any(f.dtype);
      case Field::Shape: return any(f.shape);
      case Field::Scope: return any(f.scope);
      case Field::Any: return any(f.name) || any(f.op) || any(f.dtype) || any(f.shape) || any(f.scope);
    }
    return false;
  };

  for (size_t i = 0; i < graph.params().size(); ++i) {
    const ir::Value* p = graph.params()[i];
    Fields f;
    f.name << qs(p->name);
    addType(f, p->type);
    if (matches(f)) hits.push_back({ViewEntry::Kind::Param, static_cast<int>(i)});
  }
  for (size_t i = 0; i < graph.nodes().size(); ++i) {
    const ir::Node& n = *graph.nodes()[i];
    Fields f;
    f.op << qs(ir::opName(n.op));
    f.name << qs(ir::opName(n.op));
    for (const std::string& s : n.scope) f.scope << qs(s);
    f.name << f.scope;
    for (const ir::Value* v : n.outputs) addType(f, v->type);
    if (matches(f)) hits.push_back({ViewEntry::Kind::Op, static_cast<int>(i)});
  }
  for (size_t i = 0; i < graph.outputs().size(); ++i) {
    Fields f;
    f.name << QStringLiteral("output %1").arg(i);
    addType(f, graph.outputs()[i]->type);
    if (field != Field::Any && matches(f)) hits.push_back({ViewEntry::Kind::Output, static_cast<int>(i)});
  }
  return hits;
}

}  // namespace pt::views
