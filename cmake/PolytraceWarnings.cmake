# Project code is compiled with warnings as errors; third-party headers are included as SYSTEM.
function(polytrace_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Werror -Wno-missing-field-initializers)
endfunction()
