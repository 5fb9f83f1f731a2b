# REFI-QDA exchange (docs/annotate.md): classify --format qdpx, annotate export, the .qdpx reader.
liputan_add_test(qdpx_test LABEL integration
  SOURCES qdpx_test.cc
  DEPS liputan::annotate liputan::models liputan::corpora liputan::taxonomy
    liputan_test_support)
