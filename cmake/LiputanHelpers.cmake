# liputan_add_library(NAME component SOURCES ... [PUBLIC_DEPS ...] [PRIVATE_DEPS ...])
# Defines liputan_<component> and the alias liputan::<component>, with the repo root as include dir
# (and include/, the public API's headers, which some internal headers forward to).
function(liputan_add_library component)
  cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_DEPS;PRIVATE_DEPS" ${ARGN})
  add_library(liputan_${component} STATIC ${ARG_SOURCES})
  add_library(liputan::${component} ALIAS liputan_${component})
  target_include_directories(liputan_${component} PUBLIC
    "${PROJECT_SOURCE_DIR}" "${PROJECT_BINARY_DIR}/generated"
    "${PROJECT_SOURCE_DIR}/include" "${PROJECT_BINARY_DIR}/include")
  target_link_libraries(liputan_${component}
    PUBLIC ${ARG_PUBLIC_DEPS} liputan_sanitize
    PRIVATE ${ARG_PRIVATE_DEPS} liputan_warnings)
endfunction()

# liputan_add_test(NAME LABEL label SOURCES ... DEPS ...)
# One GoogleTest executable; its cases are discovered by CTest and carry the label.
function(liputan_add_test name)
  cmake_parse_arguments(ARG "" "LABEL" "SOURCES;DEPS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} GTest::gtest GTest::gmock GTest::gtest_main
    liputan_warnings liputan_sanitize)
  target_include_directories(${name} PRIVATE "${PROJECT_SOURCE_DIR}" "${PROJECT_SOURCE_DIR}/include")
  target_compile_definitions(${name} PRIVATE
    LIPUTAN_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    LIPUTAN_BINARY="$<TARGET_FILE:liputan>")
  add_dependencies(${name} liputan)
  gtest_discover_tests(${name} PROPERTIES LABELS "${ARG_LABEL}" DISCOVERY_TIMEOUT 60)
endfunction()
