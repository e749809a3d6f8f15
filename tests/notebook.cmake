# The tutorial's own API inside the interpreter (ivy.trace_graph, transpile, unify, compile), and
# notebooks: `polytrace-cli exec` replaying the seed notebook with --check.
polytrace_add_test(test_notebook test_notebook.cpp)
add_dependencies(test_notebook polytrace-cli polytrace_runtime_aten)
set_target_properties(test_notebook PROPERTIES AUTOMOC ON)
