#pragma once
// One spec's trip through Graphviz: build the cgraph graph, run dot, read it back or render it.
// The session holds the process-wide Graphviz lock for its whole life, because cgraph/gvc keep
// global state (error handler, memory discipline, the plugin context) and are not thread-safe.
#include <mutex>
#include <string>
#include <vector>

#include "layout/GraphLayout.h"

struct Agraph_s;
struct Agnode_s;
struct Agedge_s;

namespace pt::layout {

class GraphvizSession {
 public:
  explicit GraphvizSession(const GraphSpec& spec);  // spec must have passed checkSpec
  ~GraphvizSession();
  GraphvizSession(const GraphvizSession&) = delete;
  GraphvizSession& operator=(const GraphvizSession&) = delete;

  bool runDot();                  // false: see error()
  Layout layout() const;          // after runDot(); points, y down, origin at the bbox's top left
  std::string renderSvg();        // after runDot(); "" and error() on failure
  const std::string& error() const { return error_; }

 private:
  void enterGraphviz();           // routes Graphviz's messages into messages_
  void leaveGraphviz();

  std::unique_lock<std::mutex> lock_;
  const GraphSpec& spec_;
  Agraph_s* graph_ = nullptr;
  std::vector<Agnode_s*> nodes_;  // spec order
  std::vector<Agedge_s*> edges_;  // spec order
  bool laidOut_ = false;
  std::string messages_;          // Graphviz's own warnings and errors during this session
  std::string error_;
};

}  // namespace pt::layout
