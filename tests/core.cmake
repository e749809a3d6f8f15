# core/: the IR, the interpreter, tracing and translation, checked against golden files and
# against the real numpy/torch (Debian's python3-numpy / python3-torch).
polytrace_add_test(test_ir test_ir.cpp)
polytrace_add_test(test_interp test_interp.cpp)
polytrace_add_test(test_trace test_trace.cpp)
polytrace_add_test(test_transpile test_transpile.cpp ApiNameCheck.cpp)
polytrace_add_test(test_cli test_cli.cpp)
polytrace_add_test(test_interp_classes test_interp_classes.cpp)
polytrace_add_test(test_s2s_types test_s2s_types.cpp ApiNameCheck.cpp)
add_dependencies(test_interp polytrace_runtime_aten)
add_dependencies(test_trace polytrace_runtime_aten)
add_dependencies(test_interp_classes polytrace_runtime_aten polytrace-cli)
add_dependencies(test_transpile polytrace_runtime_aten)
add_dependencies(test_s2s_types polytrace_runtime_aten)
add_dependencies(test_cli polytrace_runtime_aten polytrace-cli)
set_target_properties(test_ir test_interp test_interp_classes test_trace test_transpile test_cli test_s2s_types PROPERTIES AUTOMOC ON)

# Inputs picked per parameter (random tensors, .npy files) against real numpy.
polytrace_add_test(test_param_inputs test_param_inputs.cpp)
add_dependencies(test_param_inputs polytrace_runtime_aten)
set_target_properties(test_param_inputs PROPERTIES AUTOMOC ON)

# The diff of a translation: nodes paired across frameworks, numeric difference per pair.
polytrace_add_test(test_graph_match test_graph_match.cpp)
add_dependencies(test_graph_match polytrace_runtime_aten)
set_target_properties(test_graph_match PROPERTIES AUTOMOC ON)
