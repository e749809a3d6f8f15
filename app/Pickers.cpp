#include "app/Pickers.h"

namespace pt::app {

QString frameworkId(ir::Framework fw) { return QString::fromUtf8(ir::frameworkName(fw).data(), ir::frameworkName(fw).size()); }

std::optional<ir::Framework> frameworkFromId(const QString& id) {
  return ir::frameworkFromName(id.trimmed().toLower().toStdString());
}

QString modeId(trace::Mode mode) { return mode == trace::Mode::Lazy ? QStringLiteral("lazy") : QStringLiteral("eager"); }

std::optional<trace::Mode> modeFromId(const QString& id) {
  const QString s = id.trimmed().toLower();
  if (s == QLatin1String("lazy")) return trace::Mode::Lazy;
  if (s == QLatin1String("eager")) return trace::Mode::Eager;
  return std::nullopt;
}

QString methodId(Method method) { return method == Method::Trace ? QStringLiteral("trace") : QStringLiteral("source"); }

std::optional<Method> methodFromId(const QString& id) {
  const QString s = id.trimmed().toLower();
  if (s == QLatin1String("source") || s == QLatin1String("source-to-source") || s == QLatin1String("s2s"))
    return Method::SourceToSource;
  if (s == QLatin1String("trace") || s == QLatin1String("trace-based")) return Method::Trace;
  return std::nullopt;
}

}  // namespace pt::app
