#pragma once

// The fixture shared by the classify tests: one tiny bundle trained once per test suite (training
// takes a moment), and a helper that classifies a file with it in process.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "classify/classify_pipeline.h"
#include "models/trainer.h"
#include "tests/models/topic_corpus.h"
#include "tests/support/cli_runner.h"

namespace liputan {

class TinyBundleTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir();
    TrainOptions o;
    o.fasttext.dim = 10;
    o.fasttext.epoch = 25;
    o.fasttext.bucket = 5000;
    o.cv_folds = 0;
    TrainBundle(testing::MakeTopicCorpus(20, 3), o, Bundle());
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  static std::string Bundle() { return dir_->File("m.liputan"); }

  static std::string Run(const std::string& input_path, const ClassifyOptions& options,
                         OnError on_error = OnError::kFail, int64_t* bad = nullptr) {
    ModelBundle bundle = ModelBundle::Load(Bundle());
    auto source = OpenTextLineSource({input_path}, on_error);
    std::string out;
    ClassifyPosts(
        bundle, *source, [&](std::string_view d) { out += d; }, options);
    if (bad) *bad = source->diagnostics().count();
    return out;
  }

  static inline testing::TempDir* dir_ = nullptr;
};

inline std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace liputan
