#pragma once
// Helpers for the tests that drive the main window: the walkthrough window, and picking entries
// as a user does.
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

#include "app/FunctionListPanel.h"
#include "app/MainWindow.h"
#include "app/Translations.h"
#include "app/Document.h"
#include "views/GraphNodeItem.h"
#include "views/GraphScene.h"
#include "views/GraphView.h"

namespace pt::test {

// The session and recent files go to a folder of the test's own, never the user's settings.
inline void useOwnSettings(const QString& folder, const QString& testName) {
  QStandardPaths::setTestModeEnabled(true);
  QCoreApplication::setOrganizationName(QStringLiteral("PolytraceTest"));
  QCoreApplication::setApplicationName(testName);
  QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder);
}

inline const QString kWalkthrough = QStringLiteral(POLYTRACE_SOURCE_DIR "/resources/examples/lazy_vs_eager");

// The graph's op boxes, in graph order.
inline QStringList nodeLabels(const views::GraphView* view) {
  QStringList labels;
  for (const views::GraphNodeItem* item : view->graphScene()->nodeItems())
    if (item->role() == views::NodeRole::Op) labels << item->label();
  return labels;
}

// Clicks a box of the graph view as a user does.
inline void clickItem(views::GraphView* view, const QGraphicsItem* item) {
  view->ensureVisible(item);
  QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, view->mapFromScene(item->sceneBoundingRect().center()));
}

// QCoreApplication announces a new translator only while its event loop runs (tests have
// none), so announce it as the running application would; widgets get it posted.
inline bool switchLanguage(const QString& code) {
  if (!app::Translations::setLanguage(code)) return false;
  QEvent change(QEvent::LanguageChange);
  QCoreApplication::sendEvent(qApp, &change);
  QCoreApplication::processEvents();
  return true;
}

// Picks an entry as a user would: the combo's `activated` is what the window listens to.
inline void choose(QComboBox* combo, const QString& text) {
  const int index = combo->findText(text);
  QVERIFY2(index >= 0, qPrintable(text));
  combo->setCurrentIndex(index);
  emit combo->activated(index);
}

inline void clickFunction(app::MainWindow& w, const QString& qualname) {
  QTreeWidget* tree = w.functionList()->tree();
  QTreeWidgetItem* item = w.functionList()->itemFor(qualname);
  QVERIFY2(item, qPrintable(qualname));
  tree->scrollToItem(item);
  QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(item).center());
  QCOMPARE(w.document()->selectedFunction(), qualname);
}

// The window on a project, as after `polytrace PATH --function FUNCTION` (the walkthrough by default).
struct Window {
  app::MainWindow w;
  bool ok = false;
  explicit Window(const QString& path = kWalkthrough, const QString& function = QStringLiteral("ivy_normalize.normalize")) {
    w.resize(1400, 900);
    w.show();
    ok = QTest::qWaitForWindowExposed(&w) && w.openPath(path, function);
  }
};

// The same with the function traced eagerly, as after picking Eager and pressing Trace.
struct TracedWindow : Window {
  explicit TracedWindow(const QString& path = kWalkthrough, const QString& function = QStringLiteral("ivy_normalize.normalize"))
      : Window(path, function) {
    if (!ok) return;
    choose(w.modePicker(), QStringLiteral("Eager"));
    w.traceAction()->trigger();
    w.document()->waitForTask();  // the task ran on the worker
    ok = w.document()->graph() != nullptr;
  }
};

}  // namespace pt::test
