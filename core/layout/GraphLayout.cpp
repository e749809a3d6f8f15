#include "layout/GraphLayout.h"

#include "layout/GraphvizSession.h"
#include "layout/SpecCheck.h"

namespace pt::layout {

Layout layoutGraph(const GraphSpec& spec) {
  if (std::string problem = checkSpec(spec); !problem.empty()) {
    Layout bad;
    bad.error = problem;
    return bad;
  }
  GraphvizSession session(spec);
  if (!session.runDot()) {
    Layout bad;
    bad.error = session.error();
    return bad;
  }
  return session.layout();
}

std::string renderSvg(const GraphSpec& spec, std::string* error) {
  auto fail = [&](const std::string& why) {
    if (error) *error = why;
    return std::string();
  };
  if (std::string problem = checkSpec(spec); !problem.empty()) return fail(problem);
  GraphvizSession session(spec);
  if (!session.runDot()) return fail(session.error());
  std::string svg = session.renderSvg();
  if (svg.empty()) return fail(session.error());
  if (error) error->clear();
  return svg;
}

}  // namespace pt::layout
