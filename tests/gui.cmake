# app/: the document model without widgets, and the main window with its real widgets (offscreen).
if(POLYTRACE_BUILD_GUI)
  polytrace_add_test(test_document SOURCES test_document.cpp LIBS app)
  polytrace_add_test(test_gui SOURCES test_gui.cpp LIBS app GUI)
  # The graph's features in the main window: inspector values, NaN marks, links, export, themes.
  polytrace_add_test(test_gui_graph SOURCES test_gui_graph.cpp LIBS app GUI)
  # The workbench: background tasks and cancel, autosave and recovery, the session, drops.
  polytrace_add_test(test_workbench SOURCES test_workbench.cpp LIBS app GUI)
  # The inputs panel's per-parameter pickers (random tensors, .npy files).
  polytrace_add_test(test_gui_inputs SOURCES test_gui_inputs.cpp LIBS app GUI)
  add_dependencies(test_gui_inputs polytrace_runtime_aten)
  # The diff view and Verify: the function's graph against its translation's.
  polytrace_add_test(test_gui_diff SOURCES test_gui_diff.cpp LIBS app GUI)
  add_dependencies(test_gui_diff polytrace_runtime_aten)
  set_target_properties(test_document test_gui test_gui_graph test_workbench test_gui_inputs test_gui_diff PROPERTIES AUTOMOC ON)
  add_dependencies(test_workbench polytrace_runtime_aten)
  add_dependencies(test_gui_graph polytrace_runtime_aten polytrace)
  add_dependencies(test_document polytrace_runtime_aten)
  # test_gui also runs `polytrace --screenshot` as a user would.
  add_dependencies(test_gui polytrace_runtime_aten polytrace)
endif()
