// Start-up of the IDE (issue 6: first paint under 0.5 s, the ATen runtime loaded lazily) and its
// memory with a 10,000-node graph, next to a bare QMainWindow started the same way in the same run.
// The parent starts itself as a child process per measurement, so each start pays for loading its
// libraries as a user's start does; the child reports milliseconds since the parent started it
// (CLOCK_MONOTONIC is shared by every process). Run under a display (xvfb-run) or offscreen.
// Usage: startup_bench [--runs N]       (children: --child bare|ide|ide10k)
//  bare:   QApplication + an empty 1400x900 QMainWindow, shown
//  ide:    what `polytrace` does on its first start: translations, the main window, the bundled
//          walkthrough opened with its start function selected, shown
//  ide10k: ide, then a 10,000-op synthetic model in the graph pane, then the compile view of it
//  ide_aten: ide with the ATen runtime loaded first, as an eager start would: what laziness saves
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <map>
#include <vector>

#include "app/CompilePanel.h"
#include "app/ExampleProject.h"
#include "app/MainWindow.h"
#include "app/Translations.h"
#include "bench_support.h"
#include "graph_view_synthetic.h"
#include "runtime/Backend.h"
#include "views/GraphScene.h"
#include "views/GraphView.h"

using namespace pt;
using pt::bench::ms;
using pt::bench::rssKb;

namespace {

long long monotonicNs() {
  timespec ts{};
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<long long>(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

// What a child reports: one "key=value" pair per milestone, on one line.
class Report {
 public:
  Report() : t0_(qEnvironmentVariable("POLYTRACE_BENCH_T0").toLongLong()) {}
  void at(const char* milestone) { add(milestone, static_cast<double>(monotonicNs() - t0_) / 1e6); }
  void add(const char* key, double value) { line_ += QStringLiteral("%1=%2 ").arg(QLatin1String(key)).arg(value, 0, 'f', 1); }
  void print() const { std::printf("RESULT %s\n", qPrintable(line_)); }

 private:
  long long t0_;
  QString line_;
};

bool atenMapped() {
  QFile maps(QStringLiteral("/proc/self/maps"));
  if (!maps.open(QIODevice::ReadOnly)) return false;
  const QByteArray all = maps.readAll();
  return all.contains("libtorch_cpu") || all.contains("libpolytrace_runtime_aten");
}

// Calls `then` once the window's first frame is done: the first paint event of any of its
// widgets, then the rest of that paint cycle (the backing store's flush) through the event loop.
class FirstPaint : public QObject {
 public:
  FirstPaint(QWidget* window, std::function<void()> then) : window_(window), then_(std::move(then)) {
    qApp->installEventFilter(this);
  }
  bool eventFilter(QObject* watched, QEvent* event) override {
    if (!fired_ && event->type() == QEvent::Paint && watched->isWidgetType() &&
        static_cast<QWidget*>(watched)->window() == window_) {
      fired_ = true;
      qApp->removeEventFilter(this);
      QTimer::singleShot(0, qApp, then_);
    }
    return false;
  }

 private:
  QWidget* window_;
  std::function<void()> then_;
  bool fired_ = false;
};

int child(int argc, char** argv, const QString& kind) {
  Report report;
  QApplication app(argc, argv);
  QStandardPaths::setTestModeEnabled(true);  // the walkthrough copy and settings stay out of the user's
  QCoreApplication::setOrganizationName(QStringLiteral("Polytrace"));
  QCoreApplication::setApplicationName(QStringLiteral("Polytrace"));
  report.at("qapp");
  std::unique_ptr<QMainWindow> window;
  app::MainWindow* ide = nullptr;
  if (kind == QLatin1String("bare")) {
    window = std::make_unique<QMainWindow>();
    window->setCentralWidget(new QLabel(QStringLiteral("bare")));
    window->resize(1400, 900);
  } else {
    if (kind == QLatin1String("ide_aten")) {
      runtime::backend();
      report.at("aten");
    }
    app::Translations::installFor(QLocale::system());
    auto w = std::make_unique<app::MainWindow>();
    ide = w.get();
    window = std::move(w);
    report.at("window");
    QString error;
    const QString path = app::ensureWalkthrough(&error);
    if (path.isEmpty() || !ide->openPath(path, QString::fromLatin1(app::kWalkthroughStart))) {
      std::fprintf(stderr, "cannot open the walkthrough: %s\n", qPrintable(error));
      return 1;
    }
    report.at("opened");
  }
  FirstPaint first(window.get(), [&] {
    report.at("paint");
    report.add("rss_mb", static_cast<double>(rssKb()) / 1024);
    report.add("runtime_loaded", runtime::backendLoaded() ? 1 : 0);
    report.add("aten_mapped", atenMapped() ? 1 : 0);
    if (kind == QLatin1String("ide10k")) {
      auto model = synthetic::model(10000);
      report.add("rss_ir_mb", static_cast<double>(rssKb()) / 1024);
      QElapsedTimer t;
      t.start();
      ide->graphView()->setGraph(model.get());
      ide->graphView()->graphScene()->waitForLayout();
      QApplication::processEvents();
      report.add("graph10k_ms", ms(t));
      report.add("rss_graph10k_mb", static_cast<double>(rssKb()) / 1024);
      // The compile view of it: the passes on a copy, the graph after beside it, the marks.
      t.restart();
      ide->compilePanel()->show();
      ide->compilePanel()->showCompiled(model.get());
      ide->compilePanel()->afterView()->graphScene()->waitForLayout();
      QApplication::processEvents();
      report.add("compile10k_ms", ms(t));
      report.add("rss_compile10k_mb", static_cast<double>(rssKb()) / 1024);
      report.add("runtime_loaded_after", runtime::backendLoaded() ? 1 : 0);
      ide->compilePanel()->clear();
      ide->graphView()->setGraph(nullptr);
    }
    report.print();
    std::fflush(stdout);
    QApplication::exit(0);
  });
  window->show();
  report.at("shown");
  return app.exec();
}

std::map<QString, double> runChild(const QString& kind) {
  QProcess p;
  p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert(QStringLiteral("POLYTRACE_BENCH_T0"), QString::number(monotonicNs()));
  p.setProcessEnvironment(env);
  p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), kind});
  std::map<QString, double> values;
  if (!p.waitForFinished(120000) || p.exitCode() != 0) return values;
  for (const QByteArray& line : p.readAllStandardOutput().split('\n')) {
    if (!line.startsWith("RESULT ")) continue;
    for (const QByteArray& pair : line.mid(7).trimmed().split(' ')) {
      const qsizetype eq = pair.indexOf('=');
      if (eq > 0) values[QString::fromUtf8(pair.left(eq))] = pair.mid(eq + 1).toDouble();
    }
  }
  return values;
}

double median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

}  // namespace

int main(int argc, char** argv) {
  for (int i = 1; i + 1 < argc; ++i)
    if (QByteArray(argv[i]) == "--child") return child(argc, argv, QString::fromLatin1(argv[i + 1]));

  QCoreApplication app(argc, argv);
  int runs = 7;
  const QStringList args = QCoreApplication::arguments();
  if (const qsizetype at = args.indexOf(QStringLiteral("--runs")); at > 0 && at + 1 < args.size()) runs = args[at + 1].toInt();
  std::map<QString, std::map<QString, std::vector<double>>> all;  // kind -> key -> one value per run
  for (int r = 0; r < runs; ++r) {
    // Alternating, so a burst of load on the shared machine hits both alike.
    for (const QString& kind : r % 2 ? QStringList{"ide", "bare"} : QStringList{"bare", "ide"}) {
      const auto values = runChild(kind);
      if (values.empty()) {
        std::fprintf(stderr, "the %s child failed\n", qPrintable(kind));
        return 1;
      }
      for (const auto& [key, value] : values) all[kind][key].push_back(value);
    }
  }
  auto med = [&](const char* kind, const char* key) { return median(all[QLatin1String(kind)][QLatin1String(key)]); };
  std::printf("start-up to first paint, median of %d runs each (ms since the process was started):\n", runs);
  std::printf("  bare QMainWindow: QApplication %.0f, shown %.0f, first paint %.0f; RSS %.0f MB\n", med("bare", "qapp"),
              med("bare", "shown"), med("bare", "paint"), med("bare", "rss_mb"));
  std::printf("  Polytrace IDE:    QApplication %.0f, window %.0f, walkthrough open %.0f, shown %.0f, first paint %.0f; RSS %.0f MB\n",
              med("ide", "qapp"), med("ide", "window"), med("ide", "opened"), med("ide", "shown"), med("ide", "paint"),
              med("ide", "rss_mb"));
  const auto& paints = all[QStringLiteral("ide")][QStringLiteral("paint")];
  std::printf("  IDE first paint: min %.0f, max %.0f ms; %.2fx the bare window's, +%.0f ms; goal 500 ms\n",
              *std::min_element(paints.begin(), paints.end()), *std::max_element(paints.begin(), paints.end()),
              med("ide", "paint") / med("bare", "paint"), med("ide", "paint") - med("bare", "paint"));
  std::printf("  ATen runtime at first paint: %s (plug-in loaded in %.0f of %d runs, ATen libraries mapped in %.0f)\n",
              med("ide", "runtime_loaded") == 0 && med("ide", "aten_mapped") == 0 ? "not loaded (lazy)" : "LOADED",
              med("ide", "runtime_loaded") * runs, runs, med("ide", "aten_mapped") * runs);

  // The peer that shows what loading the runtime lazily saves: the same start with it loaded first.
  for (int r = 0; r < std::max(1, runs / 3); ++r) {
    const auto values = runChild(QStringLiteral("ide_aten"));
    if (values.empty()) return 1;
    for (const auto& [key, value] : values) all[QStringLiteral("ide_aten")][key].push_back(value);
  }
  std::printf("  with the ATen runtime loaded at start (median of %d): first paint %.0f ms (%.2fx the lazy start's), RSS %.0f MB "
              "(+%.0f MB)\n",
              std::max(1, runs / 3), med("ide_aten", "paint"), med("ide_aten", "paint") / med("ide", "paint"), med("ide_aten", "rss_mb"),
              med("ide_aten", "rss_mb") - med("ide", "rss_mb"));

  const auto big = runChild(QStringLiteral("ide10k"));
  if (big.empty()) return 1;
  auto v = [&](const char* key) { return big.at(QLatin1String(key)); };
  std::printf("memory with a 10,000-op graph (synthetic model, one run):\n");
  std::printf("  IDE at first paint %.0f MB; + the IR %.0f MB; shown in the graph pane (closed hierarchy, %.0f ms) %.0f MB;\n",
              v("rss_mb"), v("rss_ir_mb"), v("graph10k_ms"), v("rss_graph10k_mb"));
  std::printf("  + compile view of it (passes on a copy, the graph after beside it, marks; %.0f ms) %.0f MB; runtime loaded: %s\n",
              v("compile10k_ms"), v("rss_compile10k_mb"), v("runtime_loaded_after") ? "yes" : "no");
  std::printf("  the 10k graph in the IDE costs %.0f MB (%.2fx the bare window's whole RSS)\n", v("rss_graph10k_mb") - v("rss_mb"),
              (v("rss_graph10k_mb") - v("rss_mb")) / med("bare", "rss_mb"));
  return 0;
}
