# "Compile": the graph passes report what they removed, merged and folded, node by node.
polytrace_add_test(test_compile test_compile.cpp)
add_dependencies(test_compile polytrace_runtime_aten)
set_target_properties(test_compile PROPERTIES AUTOMOC ON)
