#pragma once
// The graph view as files: what is shown (groups open or closed as on screen, the theme's
// colours) or only the selected boxes and the edges between them. SVG is written by hand from the
// items (one <g> per box, text as text), PNG is rendered at twice the scene's size for high-DPI
// screens, DOT keeps open groups as clusters and every position (`neato -n` redraws it as shown),
// JSON lists boxes, groups and edge paths. Bytes only: writing the file is the caller's business.
#include <QByteArray>
#include <QString>

#include <optional>

namespace pt::views {

class GraphScene;

enum class ExportFormat { Svg, Png, Dot, Json };

std::optional<ExportFormat> exportFormatForSuffix(const QString& suffix);  // "svg", "png", "dot"/"gv", "json"

// Empty with *error when there is nothing to export (no graph, or an empty selection).
QByteArray exportGraphView(GraphScene& scene, ExportFormat format, bool selectionOnly, QString* error = nullptr);

}  // namespace pt::views
