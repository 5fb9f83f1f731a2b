# `liputan train --base` (docs/annotate.md, "Teaching the model"): the weighted mix, the training
# data a bundle carries, and the retraining through the CLI on tiny corpora.
liputan_add_test(trainbase_test LABEL integration
  SOURCES trainbase_test.cc
  DEPS liputan::annotate liputan::models liputan::corpora liputan_test_support
       nlohmann_json::nlohmann_json)
