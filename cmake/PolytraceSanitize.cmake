# POLYTRACE_SANITIZE=ON: every target of this project (core, the runtime plug-in, the apps, the tests)
# is compiled and linked with AddressSanitizer and UndefinedBehaviorSanitizer. Prebuilt third-party
# libraries (Qt, libtorch, Graphviz) are not instrumented. Undefined behaviour aborts instead of
# printing and carrying on, so a test that triggers it fails under ctest.
# Use a build directory of its own, e.g.
#   cmake -S . -B build-asan -G Ninja -DPOLYTRACE_SANITIZE=ON -DPOLYTRACE_BUILD_GUI=OFF
if(POLYTRACE_SANITIZE)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    message(FATAL_ERROR "POLYTRACE_SANITIZE needs GCC or Clang")
  endif()
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # GCC's flow-based warnings misfire on the code the sanitizers instrument (GCC 12: -Wrestrict in
    # std::string::assign). They stay warnings; -Werror keeps applying to everything else.
    add_compile_options(-Wno-error=restrict -Wno-error=stringop-overflow -Wno-error=stringop-overread
                        -Wno-error=array-bounds -Wno-error=maybe-uninitialized)
  endif()
endif()
