# views/: graph scene and view, code editor — real widgets, offscreen.
polytrace_add_test(test_views SOURCES test_views.cpp LIBS views GUI)
set_target_properties(test_views PROPERTIES AUTOMOC ON)
# The graph view's hierarchy, layout worker, search, minimap, navigation, themes, export, inspector.
polytrace_add_test(test_views_graph SOURCES test_views_graph.cpp LIBS views GUI)
set_target_properties(test_views_graph PROPERTIES AUTOMOC ON)
target_include_directories(test_views_graph PRIVATE ${CMAKE_SOURCE_DIR}/bench)

# bench/graph_view_bench: the graph view's performance figures (run by hand, not by ctest).
add_executable(graph_view_bench ${CMAKE_SOURCE_DIR}/bench/graph_view_bench.cpp)
target_include_directories(graph_view_bench PRIVATE ${CMAKE_SOURCE_DIR}/bench)
target_link_libraries(graph_view_bench PRIVATE views)
polytrace_warnings(graph_view_bench)
