#include "app/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace pt::app {

namespace {

struct Installed {
  QString code = QStringLiteral("en");
  std::unique_ptr<QTranslator> app;
  std::unique_ptr<QTranslator> qt;
};

Installed& installed() {
  static Installed state;
  return state;
}

void uninstall() {
  Installed& s = installed();
  if (s.app) QCoreApplication::removeTranslator(s.app.get());
  if (s.qt) QCoreApplication::removeTranslator(s.qt.get());
  s.app.reset();
  s.qt.reset();
  s.code = QStringLiteral("en");
}

}  // namespace

QStringList Translations::available() {
  QStringList codes{QStringLiteral("en")};
  const QStringList files = QDir(QLatin1String(kResourceDir)).entryList({QStringLiteral("polytrace_*.qm")}, QDir::Files, QDir::Name);
  for (const QString& f : files) codes << f.mid(10, f.size() - 13);  // polytrace_<code>.qm
  return codes;
}

QString Translations::nativeName(const QString& code) {
  if (code == QLatin1String("en")) return QStringLiteral("English");
  const QLocale locale(code);
  QString name = locale.nativeLanguageName();
  // QLocale names Simplified Chinese "中文"; the script is what tells the variants apart.
  if (locale.script() == QLocale::SimplifiedHanScript || code == QLatin1String("zh_CN")) name = QStringLiteral("简体中文");
  return name.isEmpty() ? code : name;
}

bool Translations::setLanguage(const QString& code) {
  if (code == QLatin1String("en")) {
    uninstall();
    return true;
  }
  auto app = std::make_unique<QTranslator>();
  if (!app->load(QStringLiteral("polytrace_") + code, QLatin1String(kResourceDir))) return false;
  uninstall();
  Installed& s = installed();
  QCoreApplication::installTranslator(app.get());
  s.app = std::move(app);
  auto qt = std::make_unique<QTranslator>();
  if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
    QCoreApplication::installTranslator(qt.get());
    s.qt = std::move(qt);
  }
  s.code = code;
  return true;
}

bool Translations::installFor(const QLocale& locale) {
  // Most specific first: zh_CN, then zh; de_AT falls back to de.
  for (const QString& name : locale.uiLanguages()) {
    QString code = name;
    code.replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const QString& candidate : {code, code.section(QLatin1Char('_'), 0, 0)}) {
      if (candidate.startsWith(QLatin1String("en"))) return false;
      if (available().contains(candidate)) return setLanguage(candidate);
    }
    // zh-Hans-CN and zh_SG write Simplified Chinese too.
    if (code.startsWith(QLatin1String("zh")) && (code.contains(QLatin1String("Hans")) || code.endsWith(QLatin1String("SG"))))
      return setLanguage(QStringLiteral("zh_CN"));
  }
  return false;
}

QString Translations::current() { return installed().code; }

}  // namespace pt::app
