# Progress of long work: counted tasks in the status bar, Transpile All Functions, layout levels.
if(POLYTRACE_BUILD_GUI)
  polytrace_add_test(test_progress SOURCES test_progress.cpp LIBS app GUI)
  set_target_properties(test_progress PROPERTIES AUTOMOC ON)
  target_include_directories(test_progress PRIVATE ${CMAKE_SOURCE_DIR}/bench)
  add_dependencies(test_progress polytrace_runtime_aten)
endif()
