# The Python front end: golden AST dumps and error messages, fuzz regressions; and the live oracle
# against /usr/bin/python3 (a fixed corpus sample and the \N{NAME} escapes).
polytrace_add_test(test_syntax SOURCES test_syntax.cpp)
set_target_properties(test_syntax PROPERTIES AUTOMOC ON)
polytrace_add_test(test_syntax_corpus SOURCES test_syntax_corpus.cpp)
set_target_properties(test_syntax_corpus PROPERTIES AUTOMOC ON)
