# Issue 15 (3), validation from the user's labels: the estimator and its interval (with a
# test-sized run of bench/annotate/interval_coverage), the annotation file as a validation sample,
# and `eval` / `report --validation` end to end.
liputan_add_test(validation_estimate_test LABEL unit
  SOURCES validation_estimate_test.cc ${PROJECT_SOURCE_DIR}/bench/annotate/coverage_simulation.cc
  DEPS liputan::report liputan::annotate)
liputan_add_test(validation_sample_test LABEL unit
  SOURCES validation_sample_test.cc
  DEPS liputan::report liputan_test_support)
liputan_add_test(validate_cli_test LABEL integration
  SOURCES validate_cli_test.cc
  DEPS liputan::models liputan::corpora liputan_test_support liputan_render_test_support
    nlohmann_json::nlohmann_json)
