# API-level oracle: expressions evaluated by real numpy/torch and by Polytrace.
polytrace_add_test(test_api_oracle test_api_oracle.cpp LIBS nlohmann_json::nlohmann_json)
add_dependencies(test_api_oracle polytrace_runtime_aten)
set_target_properties(test_api_oracle PROPERTIES AUTOMOC ON)
