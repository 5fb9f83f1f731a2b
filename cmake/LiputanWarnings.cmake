# liputan_warnings: the warning set every target of ours compiles with (DESIGN.md §4).
add_library(liputan_warnings INTERFACE)
target_compile_options(liputan_warnings INTERFACE -Wall -Wextra -Wpedantic)

# liputan_sanitize: ASan + UBSan when LIPUTAN_SANITIZE is on; empty otherwise.
add_library(liputan_sanitize INTERFACE)
if(LIPUTAN_SANITIZE)
  target_compile_options(liputan_sanitize INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(liputan_sanitize INTERFACE -fsanitize=address,undefined)
endif()
