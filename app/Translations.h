#pragma once
// UI languages: the .qm files qt_add_translations embeds under :/i18n, plus Qt's own strings
// (dialog buttons) when the system has them. Switching sends QEvent::LanguageChange, and every
// window and panel re-translates itself in retranslateUi().
//
// `cmake --build build --target refresh_translations` refreshes the .ts files; it runs, from the
// repository root and with the include path set (or lupdate cannot
// see the classes' namespaces and files every string under the wrong context:
//   /usr/lib/qt6/bin/lupdate -I . -I core app views -no-obsolete -locations none
//       -ts translations/polytrace_de.ts translations/polytrace_zh_CN.ts
#include <QLocale>
#include <QString>
#include <QStringList>

namespace pt::app {

class Translations {
 public:
  static constexpr const char* kResourceDir = ":/i18n";

  // Language codes with an embedded translation, plus "en" (the source strings).
  static QStringList available();
  static QString nativeName(const QString& code);  // "Deutsch", "简体中文", "English"
  // Installs the best translation for `locale` (e.g. de_AT -> de); false if English is used.
  static bool installFor(const QLocale& locale);
  // "en" removes the translation. Returns false when `code` has none.
  static bool setLanguage(const QString& code);
  static QString current();  // "en" when untranslated
};

}  // namespace pt::app
