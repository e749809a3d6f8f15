# "Compile": the graph passes report what they removed, merged and folded, node by node.
polytrace_add_test(test_compile test_compile.cpp)
add_dependencies(test_compile polytrace_runtime_aten polytrace-cli)
set_target_properties(test_compile PROPERTIES AUTOMOC ON)
# The compile view in the main window, with the real widgets (offscreen).
if(POLYTRACE_BUILD_GUI)
  polytrace_add_test(test_gui_compile SOURCES test_gui_compile.cpp LIBS app GUI)
  set_target_properties(test_gui_compile PROPERTIES AUTOMOC ON)
  target_include_directories(test_gui_compile PRIVATE ${CMAKE_SOURCE_DIR}/bench)
  # It also runs `polytrace --compile-view --screenshot`.
  add_dependencies(test_gui_compile polytrace_runtime_aten polytrace)
endif()
