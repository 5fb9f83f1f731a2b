# `liputan annotate serve` (docs/annotate.md "The labeling page"): the request parser and the
# labeling state machine without sockets, the server over a real loopback socket, the command,
# and the page driven by key presses in headless Chromium.
liputan_add_test(annotate_http_request_test LABEL unit
  SOURCES http_request_test.cc
  DEPS liputan::annotate liputan_test_support)
liputan_add_test(annotate_label_session_test LABEL unit
  SOURCES label_session_test.cc
  DEPS liputan::annotate liputan_test_support)
liputan_add_test(annotate_label_server_test LABEL integration
  SOURCES label_server_test.cc
  DEPS liputan::annotate liputan_test_support nlohmann_json::nlohmann_json)
liputan_add_test(annotate_serve_cli_test LABEL integration
  SOURCES annotate_serve_cli_test.cc
  DEPS liputan::annotate liputan_test_support nlohmann_json::nlohmann_json)

# The page in Chromium: real key presses through puppeteer-core (package.json devDependency,
# installed by scripts/install-deps.sh's npm ci; it never downloads a browser) driving Debian's
# /usr/bin/chromium. Skipped (exit 77) when either is missing. "BrowserTest" in the name keeps it
# out of the ASan stage (Makefile ASAN_CTEST_ARGS).
find_program(LIPUTAN_NODE node)
if(LIPUTAN_NODE)
  add_test(NAME AnnotateServeBrowserTest
    COMMAND "${LIPUTAN_NODE}" "${CMAKE_CURRENT_SOURCE_DIR}/serve_browser_test.mjs"
            "$<TARGET_FILE:liputan>" "${PROJECT_SOURCE_DIR}/node_modules"
            "${CMAKE_CURRENT_BINARY_DIR}/serve_browser_artifacts")
  set_tests_properties(AnnotateServeBrowserTest PROPERTIES
    LABELS integration SKIP_RETURN_CODE 77 TIMEOUT 240)
endif()
