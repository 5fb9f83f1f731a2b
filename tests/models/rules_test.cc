// The codebook's keyword rules as a second opinion on a model's probabilities (--rule-weight,
// Manifest::rule_weight): p'(label) is proportional to p(label) * exp(weight * cue score).
#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "common/error.h"
#include "models/model_bundle.h"
#include "models/trainer.h"
#include "tests/models/topic_corpus.h"
#include "tests/support/cli_runner.h"

namespace liputan {
namespace {

using testing::ReadFile;
using testing::TempDir;
using testing::WriteFile;

// The topic corpus under the codebook's own label set and slugs, so the cues apply to it.
std::vector<TrainingExample> SektorCorpus() {
  auto corpus = testing::MakeTopicCorpus(20, 3);
  for (auto& e : corpus) {
    auto labels = e.labels.at("label");
    for (auto& l : labels)
      if (l == "bencana") l = "ketertiban_bencana";
    e.labels = {{"sektor", labels}};
  }
  return corpus;
}

TrainOptions Options(double rule_weight) {
  TrainOptions o;
  o.fasttext.dim = 10;
  o.fasttext.epoch = 25;
  o.fasttext.bucket = 5000;
  o.fasttext.threads = 1;  // byte-identical models with and without the rules
  o.cv_folds = 0;
  o.rule_weight = rule_weight;
  o.created_by = "test";
  return o;
}

std::map<std::string, double> Probabilities(const ModelBundle& bundle, const std::string& text) {
  std::string input;
  bundle.BuildInput(text, input);
  std::vector<std::pair<int, float>> scores;
  PredictScratch scratch;
  bundle.Score(0, input, -1, scores, scratch);
  std::map<std::string, double> out;
  double total = 0;
  float previous = 2;
  for (const auto& [label, p] : scores) {
    EXPECT_LE(p, previous) << "best first";
    previous = p;
    out[bundle.manifest().label_sets[0].labels[label].name] = p;
    total += p;
  }
  EXPECT_NEAR(total, 1.0, 1e-3);
  return out;
}

class RulesTest : public ::testing::Test {
 protected:
  TempDir dir_;
};

TEST_F(RulesTest, CuesMoveProbabilityTowardTheirLabelAndNothingElse) {
  const auto corpus = SektorCorpus();
  TrainBundle(corpus, Options(0), dir_.File("plain.liputan"));
  TrainBundle(corpus, Options(1.5), dir_.File("rules.liputan"));
  const ModelBundle plain = ModelBundle::Load(dir_.File("plain.liputan"));
  const ModelBundle rules = ModelBundle::Load(dir_.File("rules.liputan"));
  // "guru" leans pendidikan; "imunisasi" is a strong kesehatan cue of the codebook.
  const std::string text = "guru murid imunisasi";
  const auto before = Probabilities(plain, text);
  const auto after = Probabilities(rules, text);
  // pendidikan has the most cue weight (guru, murid: 2 + 2), so it gains the most.
  EXPECT_GT(after.at("pendidikan"), before.at("pendidikan"));
  // The product of experts, by hand: kesehatan has cue score 2 (imunisasi), ketertiban_bencana 0,
  // so their odds grow by exp(1.5 x 2).
  const double ratio = (after.at("kesehatan") / after.at("ketertiban_bencana")) /
                       (before.at("kesehatan") / before.at("ketertiban_bencana"));
  EXPECT_NEAR(ratio, std::exp(1.5 * 2), std::exp(1.5 * 2) * 1e-3);
  // A post without a cue keeps the model's probabilities.
  const auto quiet_before = Probabilities(plain, "zzz qqq");
  const auto quiet_after = Probabilities(rules, "zzz qqq");
  for (const auto& [label, p] : quiet_before) EXPECT_NEAR(quiet_after.at(label), p, 1e-6) << label;
  // A post repeating a cue thousands of times: finite probabilities that still sum to 1.
  std::string flood;
  for (int i = 0; i < 5000; ++i) flood += "imunisasi ";
  const auto repeated = Probabilities(rules, flood);
  EXPECT_NEAR(repeated.at("kesehatan"), 1.0, 1e-6);
  // k still cuts the list after the reweighing.
  std::string input;
  rules.BuildInput(text, input);
  std::vector<std::pair<int, float>> top;
  PredictScratch scratch;
  rules.Score(0, input, 1, top, scratch);
  ASSERT_EQ(top.size(), 1u);
}

TEST_F(RulesTest, AUsersOwnLabelSetIsNeverReweighed) {
  auto corpus = testing::MakeTopicCorpus(20, 3);  // label set "label": not a codebook set
  TrainBundle(corpus, Options(0), dir_.File("a.liputan"));
  TrainBundle(corpus, Options(3), dir_.File("b.liputan"));
  const auto a = Probabilities(ModelBundle::Load(dir_.File("a.liputan")), "guru imunisasi banjir");
  const auto b = Probabilities(ModelBundle::Load(dir_.File("b.liputan")), "guru imunisasi banjir");
  for (const auto& [label, p] : a) EXPECT_NEAR(b.at(label), p, 1e-6) << label;
}

TEST_F(RulesTest, TheWeightIsRecordedCheckedAndRefusedWhenBad) {
  TrainBundle(SektorCorpus(), Options(1.2), dir_.File("r.liputan"));
  const std::string manifest = dir_.File("r.liputan") + "/manifest.json";
  auto j = nlohmann::json::parse(ReadFile(manifest));
  EXPECT_DOUBLE_EQ(j["rules"]["weight"].get<double>(), 1.2);
  EXPECT_EQ(j["rules"]["cue_hash"].get<std::string>().size(), 64u);
  EXPECT_DOUBLE_EQ(ModelBundle::Load(dir_.File("r.liputan")).manifest().rule_weight, 1.2);
  for (const auto& [edit, fragment] : std::vector<std::pair<nlohmann::json, std::string>>{
           {{{"weight", -1}, {"cue_hash", j["rules"]["cue_hash"]}}, "rules.weight"},
           {{{"weight", 1.2}, {"cue_hash", std::string(64, '0')}}, "other codebook cues"}}) {
    auto broken = j;
    broken["rules"] = edit;
    WriteFile(manifest, broken.dump(2));
    try {
      ModelBundle::Load(dir_.File("r.liputan"));
      FAIL() << "expected an error containing " << fragment;
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::kData);
      EXPECT_NE(std::string(e.what()).find(fragment), std::string::npos) << e.what();
    }
  }
  try {
    TrainBundle(SektorCorpus(), Options(-0.5), dir_.File("bad.liputan"));
    FAIL() << "a negative rule weight must be refused";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kUsage);
  }
}

}  // namespace
}  // namespace liputan
