// The graph view's performance goals (issue 6), measured on synthetic traced graphs:
//  - a 10,000-node graph: first paint with the hierarchy closed, frame times while panning and
//    zooming (closed and fully open), the full expansion's layout on the worker, memory;
//  - one flat level of 1,000 / 2,000 / 10,000 nodes: the tuned level layout against plain dot on
//    the same graph: the `dot` program on the DOT text Polytrace exports (`polytrace-cli trace
//    --emit dot`: default attributes, edge labels), stopped after a time limit; with --in-process,
//    also Graphviz in process on the level's own spec (as slow: minutes from 1,000 nodes).
// Every figure is reported next to its peer from the same run (ratios), never asserted.
// Usage: graph_view_bench [--quick] [--no-model] [--no-plain] [--in-process] [--dot-limit SECONDS]
//                         [--screenshots DIR]   (QT_QPA_PLATFORM=offscreen)
// --quick: a 2,000-op model and the 2,000-node level only; --no-model: flat levels only;
// --no-plain: skip plain dot; --dot-limit: how long the `dot` program may run (default 300 s).
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScrollBar>

#include <algorithm>
#include <cstdio>
#include <vector>

#include "bench_support.h"
#include "graph_view_synthetic.h"
#include "layout/GraphLayout.h"
#include "views/GraphHierarchy.h"
#include "views/GraphLevelLayout.h"
#include "views/GraphScene.h"
#include "views/GraphView.h"

using namespace pt;
using namespace pt::views;
using pt::bench::ms;
using pt::bench::rssKb;

namespace {

// One frame as the screen gets it: the viewport repainted now, through the window's backing store
// (QGraphicsView::render would expose every item whole and stroke long edges end to end).
double frame(GraphView& view) {
  QElapsedTimer t;
  t.start();
  view.viewport()->repaint();
  return ms(t);
}

struct FrameStats {
  double median = 0, p95 = 0, worst = 0;
};

FrameStats stats(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  if (v.empty()) return {};
  return {v[v.size() / 2], v[std::min(v.size() - 1, v.size() * 95 / 100)], v.back()};
}

// Pans across the scene in 40 steps, then zooms in and out in 20; frame time for each.
std::pair<FrameStats, FrameStats> panAndZoom(GraphView& view) {
  std::vector<double> pan, zoom;
  QScrollBar* v = view.verticalScrollBar();
  QScrollBar* h = view.horizontalScrollBar();
  for (int i = 0; i < 40; ++i) {
    v->setValue(v->minimum() + (v->maximum() - v->minimum()) * i / 39);
    h->setValue(h->minimum() + (h->maximum() - h->minimum()) * ((i * 7) % 40) / 39);
    pan.push_back(frame(view));
  }
  for (int i = 0; i < 20; ++i) {
    if (i < 10) view.zoomIn();
    else view.zoomOut();
    zoom.push_back(frame(view));
  }
  return {stats(pan), stats(zoom)};
}

void printFrames(const char* what, const std::pair<FrameStats, FrameStats>& f) {
  std::printf("  %-34s pan  median %6.2f ms  p95 %6.2f ms  worst %6.2f ms\n", what, f.first.median, f.first.p95, f.first.worst);
  std::printf("  %-34s zoom median %6.2f ms  p95 %6.2f ms  worst %6.2f ms\n", "", f.second.median, f.second.p95, f.second.worst);
}

// The one level of a flat graph, as the view asks for it.
LayoutRequest flatRequest(const ir::Graph& g, int bigLevel) {
  LayoutRequest r;
  r.hierarchy = std::make_shared<const GraphHierarchy>(g);
  r.bigLevel = bigLevel;
  for (int i = 0; i < r.hierarchy->opCount(); ++i) r.sizes[{ViewEntry::Kind::Op, i}] = {64, 28};
  r.sizes[{ViewEntry::Kind::Param, 0}] = {80, 28};
  r.sizes[{ViewEntry::Kind::Output, 0}] = {80, 28};
  return r;
}

// The `dot` program on the DOT text Polytrace exports for `g` (labels, default attributes):
// milliseconds, or a negative number when it ran past `limitMs` and was stopped.
double plainDotProgram(const ir::Graph& g, int limitMs) {
  const std::string text = layout::renderDot(layout::graphSpecFromIr(g));
  QProcess dot;
  QElapsedTimer t;
  t.start();
  dot.start(QStringLiteral("dot"), {QStringLiteral("-Tplain"), QStringLiteral("-o"), QStringLiteral("/dev/null")});
  if (!dot.waitForStarted()) return 0;
  dot.write(QByteArray::fromStdString(text));
  dot.closeWriteChannel();
  if (!dot.waitForFinished(limitMs)) {
    dot.kill();
    dot.waitForFinished();
    return -ms(t);
  }
  return ms(t);
}

// The 10,000-op model: first paint closed, frames, expand all on the worker, the cache, memory.
void benchModel(bool quick, const QString& shots) {
  const long rss0 = rssKb();
  auto model = quick ? synthetic::model(2000) : synthetic::model(10000);
  std::printf("model: %zu ops, RSS %ld MB for the IR\n", model->nodes().size(), (rssKb() - rss0) / 1024);
  {
    QElapsedTimer t;
    t.start();
    const GraphHierarchy h(*model);
    std::printf("  hierarchy: %zu groups in %.1f ms\n", h.groups().size(), ms(t));
  }

  GraphView view;
  view.resize(1200, 800);
  view.show();
  QApplication::processEvents();
  QElapsedTimer firstPaint;
  firstPaint.start();
  view.setGraph(model.get());
  view.graphScene()->waitForLayout();
  const double layoutDone = ms(firstPaint);
  const double firstFrame = frame(view);
  std::printf("  first paint (closed hierarchy): %.1f ms (layout %.1f ms, %d boxes, %d levels; first frame %.1f ms), RSS %ld MB\n",
              ms(firstPaint), layoutDone, view.graphScene()->lastLayout().boxes, view.graphScene()->lastLayout().levelsLaidOut,
              firstFrame, rssKb() / 1024);
  if (!shots.isEmpty()) view.grab().save(shots + QStringLiteral("/model10k_closed.png"));
  view.setZoom(1.0);
  printFrames("closed, at 100%:", panAndZoom(view));

  QElapsedTimer expand;
  expand.start();
  view.graphScene()->expandAll();
  view.graphScene()->waitForLayout(600000);
  const LayoutStats& all = view.graphScene()->lastLayout();
  std::printf("  expand all: %.0f ms on the worker (%d Graphviz runs, %d levels sharing one, largest %d boxes; %d boxes, %d "
              "edges), RSS %ld MB\n",
              ms(expand), all.levelsLaidOut, all.levelsShared, all.largestLevel, all.boxes, all.edges, rssKb() / 1024);
  view.fitToView();
  if (!shots.isEmpty()) view.grab().save(shots + QStringLiteral("/model10k_open.png"));
  printFrames("all open, fitted (LOD boxes):", panAndZoom(view));
  view.setZoom(1.0);
  printFrames("all open, at 100%:", panAndZoom(view));
  QElapsedTimer again;
  again.start();
  view.graphScene()->collapseAll();
  view.graphScene()->waitForLayout();
  view.graphScene()->expandAll();
  view.graphScene()->waitForLayout(600000);
  std::printf("  collapse all + expand all again (cache): %.0f ms\n", ms(again));
  view.setGraph(nullptr);
  model.reset();
}

}  // namespace

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  std::setvbuf(stdout, nullptr, _IOLBF, 0);  // progress as it happens, also into a file
  const QStringList args = app.arguments();
  const bool quick = args.contains(QStringLiteral("--quick"));
  const bool plain = !args.contains(QStringLiteral("--no-plain"));
  const bool inProcess = args.contains(QStringLiteral("--in-process"));
  const bool withModel = !args.contains(QStringLiteral("--no-model"));
  const qsizetype limitAt = args.indexOf(QStringLiteral("--dot-limit"));
  const int dotLimitMs = 1000 * (limitAt > 0 && limitAt + 1 < args.size() ? args[limitAt + 1].toInt() : 300);
  const qsizetype shotsAt = args.indexOf(QStringLiteral("--screenshots"));
  const QString shots = shotsAt > 0 && shotsAt + 1 < args.size() ? args[shotsAt + 1] : QString();
  if (!shots.isEmpty()) QDir().mkpath(shots);

  if (withModel) benchModel(quick, shots);

  // ---- flat levels ------------------------------------------------------------------------------
  std::printf("\nflat level (one function, no calls): tuned level layout vs plain dot\n");
  const std::vector<int> sizes = quick ? std::vector<int>{2000} : std::vector<int>{1000, 2000, 10000};
  for (int n : sizes) {
    auto g = synthetic::flat(n);
    const LayoutRequest r = flatRequest(*g, 150);
    QElapsedTimer t;
    t.start();
    const ComposedLayout tuned = composeLayout(r);
    const double tunedMs = ms(t);
    const LevelResult& level = *tuned.levels.begin()->second;
    std::printf("  %5d nodes: tuned %7.0f ms (%d of %zu edges drawn directly)%s\n", n, tunedMs, level.prunedEdges,
                r.hierarchy->uses().size(), tuned.error.empty() ? "" : (" ERROR " + tuned.error).c_str());
    if (!plain) continue;
    if (inProcess) {
      // In process: the same boxes and edges, Polytrace's default attributes, edge labels on.
      LayoutRequest untuned = flatRequest(*g, 1 << 30);
      t.restart();
      const ComposedLayout full = composeLayout(untuned);
      const double fullMs = ms(t);
      std::printf("  %5d nodes: plain dot in process %7.0f ms  (%.0fx the tuned time)%s\n", n, fullMs, fullMs / tunedMs,
                  full.error.empty() ? "" : (" ERROR " + full.error).c_str());
    }
    const double program = plainDotProgram(*g, dotLimitMs);
    if (program >= 0)
      std::printf("  %5d nodes: dot program       %7.0f ms  (%.0fx the tuned time)\n", n, program, program / tunedMs);
    else
      std::printf("  %5d nodes: dot program       stopped after %.0f s  (more than %.0fx the tuned time)\n", n, -program / 1000,
                  -program / tunedMs);
  }
  return 0;
}
