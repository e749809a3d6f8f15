# The Python front end: golden AST dumps and error messages, plus a live comparison with CPython.
polytrace_add_test(test_syntax SOURCES test_syntax.cpp)
set_target_properties(test_syntax PROPERTIES AUTOMOC ON)
