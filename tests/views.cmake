# views/: graph scene and view, code editor — real widgets, offscreen.
polytrace_add_test(test_views SOURCES test_views.cpp LIBS views GUI)
set_target_properties(test_views PROPERTIES AUTOMOC ON)
