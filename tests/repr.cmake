# core/interp/TensorRepr: numpy/torch printing against the real libraries; tf/jax/ivy goldens.
polytrace_add_test(test_tensor_repr SOURCES test_tensor_repr.cpp LIBS nlohmann_json::nlohmann_json)
set_target_properties(test_tensor_repr PROPERTIES AUTOMOC ON)
