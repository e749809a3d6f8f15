# The tensor runtime: kernels against real numpy/torch, numpy's legacy RNG bit for bit, the
# graph executor, and loading the ATen plug-in on first use only.
polytrace_add_test(test_runtime test_runtime.cpp LIBS nlohmann_json::nlohmann_json)
add_dependencies(test_runtime polytrace_runtime_aten)

polytrace_add_test(test_numpy_random test_numpy_random.cpp LIBS nlohmann_json::nlohmann_json)

# Built away from bin/ on purpose, so the plug-in is not next to it.
polytrace_add_test(test_runtime_loader test_runtime_loader.cpp)
add_dependencies(test_runtime_loader polytrace_runtime_aten)
set_target_properties(test_runtime_loader PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests/loader)

set_target_properties(test_runtime test_numpy_random test_runtime_loader PROPERTIES AUTOMOC ON)
