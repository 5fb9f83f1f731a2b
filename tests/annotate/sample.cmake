# `liputan annotate sample` (docs/annotate.md): the sampler, the XLSX annotation file, the command.
liputan_add_test(annotate_sampler_test LABEL unit
  SOURCES sampler_test.cc
  DEPS liputan::annotate liputan_test_support)
liputan_add_test(annotation_xlsx_test LABEL unit
  SOURCES annotation_xlsx_test.cc
  DEPS liputan::annotate liputan::corpora liputan_test_support PkgConfig::XLSXWRITER
    LibArchive::LibArchive)
liputan_add_test(annotate_sample_cli_test LABEL integration
  SOURCES sample_cli_test.cc
  DEPS liputan::annotate liputan::classify liputan::models liputan_test_support)
