# torchvision.transforms.functional_tensor (Debian's python3-torchvision) traced and translated
# against real torchvision: a fast fixed subset of bench/torchvision_functional_tensor.py.
polytrace_add_test(test_torchvision SOURCES test_torchvision.cpp LIBS nlohmann_json::nlohmann_json)
add_dependencies(test_torchvision polytrace_runtime_aten)
set_target_properties(test_torchvision PROPERTIES AUTOMOC ON)
