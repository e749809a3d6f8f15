# core/layout: the Graphviz adapter (core only, no widgets).
polytrace_add_test(test_layout SOURCES test_layout.cpp)
set_target_properties(test_layout PROPERTIES AUTOMOC ON)
