// classify applies the per-label thresholds of the manifest (`eval --thresholds tune` writes
// them): multi-label sets keep exactly the labels at or above their thresholds; single-label
// sets keep their top label and flag it when it is below its threshold.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "classify/classify_pipeline.h"
#include "corpora/post_jsonl.h"
#include "corpora/post_reader.h"
#include "models/trainer.h"
#include "tests/classify/tiny_bundle_test.h"
#include "tests/models/topic_corpus.h"

namespace liputan {
namespace {

using testing::TempDir;
using testing::WriteFile;

std::string ClassifyWith(const std::string& bundle_dir, const std::string& input,
                         const ClassifyOptions& options) {
  ModelBundle bundle = ModelBundle::Load(bundle_dir);
  auto source = OpenTextLineSource({input}, OnError::kFail);
  std::string out;
  ClassifyPosts(
      bundle, *source, [&](std::string_view d) { out += d; }, options);
  return out;
}

class ThresholdsTest : public TinyBundleTest {
 protected:
  // A copy of the shared bundle whose label `label` needs more than any probability (1.01).
  static std::string BundleWithUnreachable(const std::string& label) {
    std::string copy = dir_->File("t-" + label + ".liputan");
    std::filesystem::remove_all(copy);
    std::filesystem::copy(Bundle(), copy);
    ModelBundle bundle = ModelBundle::Load(copy);
    std::vector<double> thresholds;
    for (const auto& l : bundle.manifest().label_sets[0].labels)
      thresholds.push_back(l.name == label ? 1.01 : 0.0);
    bundle.SaveThresholds(0, thresholds);
    return copy;
  }
};

TEST_F(ThresholdsTest, SingleLabelKeepsTheTopLabelAndFlagsItBelowThreshold) {
  const std::string bundle = BundleWithUnreachable("bencana");
  WriteFile(dir_->File("s.txt"), "banjir dan longsor di desa\nvaksinasi di puskesmas\n");
  ClassifyOptions options;
  options.top_k = 2;
  auto lines = Lines(ClassifyWith(bundle, dir_->File("s.txt"), options));
  ASSERT_EQ(lines.size(), 2u);
  auto flood = nlohmann::json::parse(lines[0]);
  auto health = nlohmann::json::parse(lines[1]);
  ASSERT_EQ(flood["predictions"]["label"].size(), 2u);  // nothing dropped
  EXPECT_EQ(flood["predictions"]["label"][0]["label"], "bencana");
  EXPECT_EQ(flood["below_threshold"], nlohmann::json::array({"label"}));
  EXPECT_EQ(health["predictions"]["label"][0]["label"], "kesehatan");
  EXPECT_FALSE(health.contains("below_threshold"));
  // The command counts them.
  auto r = testing::RunLiputan({"classify", "-m", bundle, "--input-format", "text", "-o",
                                dir_->File("s.out.jsonl"), dir_->File("s.txt")});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("1 with the top label of label below its threshold"), std::string::npos)
      << r.err;
  // The flag does not disturb readers of the record.
  Post post;
  std::string error;
  EXPECT_TRUE(ParsePostJson(lines[0], post, error)) << error;
  EXPECT_EQ(post.predictions["label"][0].label, "bencana");

  // CSV: a last column, empty when the top label reached its threshold; PostReader reads it.
  options.format = ClassifyFormat::kCsv;
  std::string csv = ClassifyWith(bundle, dir_->File("s.txt"), options);
  auto rows = Lines(csv);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_TRUE(rows[0].ends_with(",below_threshold")) << rows[0];
  EXPECT_TRUE(rows[1].ends_with(",label")) << rows[1];
  EXPECT_TRUE(rows[2].ends_with(",")) << rows[2];
  WriteFile(dir_->File("s.csv"), csv);
  PostReaderOptions read;
  read.on_error = OnError::kFail;
  PostReader reader({dir_->File("s.csv")}, read);
  ASSERT_TRUE(reader.Next(post));
  EXPECT_EQ(post.predictions["label"][0].label, "bencana");

  // --thresholds ignore, and a bundle with untuned thresholds: no flag, no column.
  options.apply_thresholds = false;
  EXPECT_EQ(Lines(ClassifyWith(bundle, dir_->File("s.txt"), options))[0].find("below"),
            std::string::npos);
  options.apply_thresholds = true;
  EXPECT_EQ(ClassifyWith(Bundle(), dir_->File("s.txt"), options).find("below"), std::string::npos);
}

TEST(ThresholdsMultiLabelTest, KeepsExactlyTheLabelsAtOrAboveTheirThresholds) {
  // Multi-label data: each text mixes one or two topics and carries their labels.
  std::vector<TrainingExample> examples;
  auto single = testing::MakeTopicCorpus(30, 5);
  for (size_t i = 0; i < single.size(); ++i) {
    TrainingExample e = single[i];
    if (i % 4 == 0 && i + 1 < single.size()) {
      const TrainingExample& next = single[i + 1];
      e.text += " " + next.text;
      if (next.labels.at("label") != e.labels.at("label"))
        e.labels["label"].push_back(next.labels.at("label")[0]);
    }
    examples.push_back(e);
  }
  TempDir dir;
  TrainOptions o;
  o.fasttext.dim = 10;
  o.fasttext.epoch = 25;
  o.fasttext.bucket = 5000;
  o.cv_folds = 0;
  TrainBundle(examples, o, dir.File("ml.liputan"));
  std::vector<double> thresholds;
  {
    ModelBundle bundle = ModelBundle::Load(dir.File("ml.liputan"));
    ASSERT_TRUE(bundle.manifest().label_sets[0].multi_label);
    for (const auto& l : bundle.manifest().label_sets[0].labels)  // always, never, 0.3
      thresholds.push_back(l.name == "pendidikan" ? 0.0 : l.name == "bencana" ? 1.01 : 0.3);
    bundle.SaveThresholds(0, thresholds);
  }
  WriteFile(dir.File("in.txt"),
            "banjir besar di desa\nvaksinasi di puskesmas dan sekolah\nguru dan siswa\n"
            "longsor dan evakuasi warga ke puskesmas\n");
  ModelBundle bundle = ModelBundle::Load(dir.File("ml.liputan"));
  const auto& labels = bundle.manifest().label_sets[0].labels;
  ClassifyOptions options;  // top_k 1: does not cut a multi-label set
  auto lines = Lines(ClassifyWith(dir.File("ml.liputan"), dir.File("in.txt"), options));
  ASSERT_EQ(lines.size(), 4u);
  PredictScratch scratch;
  std::vector<std::pair<int, float>> scores;
  int with_two = 0;
  for (const auto& line : lines) {
    Post post;
    std::string error;
    ASSERT_TRUE(ParsePostJson(line, post, error)) << error;
    std::string tokens;
    bundle.tokenizer().TokenizeToString(post.text, tokens);
    bundle.Score(0, tokens, -1, scores, scratch);
    std::vector<std::string> want;
    for (const auto& [label, p] : scores)
      if (p >= labels[label].threshold) want.push_back(labels[label].name);
    std::vector<std::string> got;
    for (const auto& p : post.predictions["label"]) got.push_back(p.label);
    EXPECT_EQ(got, want) << line;
    EXPECT_NE(std::find(got.begin(), got.end(), "pendidikan"), got.end()) << line;
    EXPECT_EQ(std::find(got.begin(), got.end(), "bencana"), got.end()) << line;
    with_two += got.size() >= 2;
    EXPECT_EQ(line.find("below_threshold"), std::string::npos);
  }
  EXPECT_GT(with_two, 0);
  // Ignoring thresholds: the top-k labels, whatever their probability.
  options.apply_thresholds = false;
  for (const auto& line : Lines(ClassifyWith(dir.File("ml.liputan"), dir.File("in.txt"), options)))
    EXPECT_EQ(nlohmann::json::parse(line)["predictions"]["label"].size(), 1u);
}

}  // namespace
}  // namespace liputan
