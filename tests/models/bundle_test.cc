#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "common/error.h"
#include "models/evaluator.h"
#include "models/model_bundle.h"
#include "models/trainer.h"
#include "tests/models/topic_corpus.h"
#include "tests/support/cli_runner.h"

namespace liputan {
namespace {

using testing::ReadFile;
using testing::TempDir;
using testing::WriteFile;

TrainOptions TinyOptions() {
  TrainOptions o;
  o.fasttext.dim = 10;
  o.fasttext.epoch = 25;
  o.fasttext.bucket = 5000;
  o.cv_folds = 3;
  o.created_by = "test";
  return o;
}

class BundleTest : public ::testing::Test {
 protected:
  std::string Train(const std::string& name, const TrainOptions& options = TinyOptions()) {
    std::string path = dir_.File(name);
    TrainBundle(corpus_, options, path);
    return path;
  }
  void EditManifest(const std::string& bundle, const std::function<void(nlohmann::json&)>& edit) {
    auto j = nlohmann::json::parse(ReadFile(bundle + "/manifest.json"));
    edit(j);
    WriteFile(bundle + "/manifest.json", j.dump(2));
  }
  void ExpectLoadError(const std::string& bundle, ErrorCode code, const std::string& fragment,
                       const BundleLoadOptions& options = {}) {
    try {
      ModelBundle::Load(bundle, options);
      FAIL() << "expected an error containing '" << fragment << "'";
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), code) << e.what();
      EXPECT_NE(std::string(e.what()).find(fragment), std::string::npos) << e.what();
    }
  }

  TempDir dir_;
  std::vector<TrainingExample> corpus_ = testing::MakeTopicCorpus(20, 3);
};

TEST_F(BundleTest, RoundTripKeepsManifestAndPredicts) {
  std::string path = Train("m.liputan");
  ModelBundle bundle = ModelBundle::Load(path);
  const Manifest& m = bundle.manifest();
  ASSERT_EQ(m.label_sets.size(), 1u);
  const auto& set = m.label_sets[0];
  EXPECT_EQ(set.name, "label");
  EXPECT_EQ(set.file, "label.bin");
  EXPECT_FALSE(set.multi_label);
  ASSERT_EQ(set.labels.size(), 3u);
  EXPECT_EQ(set.labels[0].name, "bencana");
  EXPECT_EQ(set.labels[0].count, 20);
  EXPECT_EQ(set.examples, 60);
  EXPECT_EQ(m.training_data.examples, 60);
  EXPECT_EQ(m.training_data.sha256.size(), 64u);
  EXPECT_EQ(m.lexicon_hashes, bundle.tokenizer().LexiconHashes());
  ASSERT_TRUE(set.validation.has_value());
  EXPECT_EQ(set.validation_method, "3-fold cross-validation");
  int64_t total = 0;
  for (const auto& row : set.validation->confusion) {
    for (int64_t c : row) total += c;
  }
  EXPECT_EQ(total, 60);  // every example scored once, out of fold
  EXPECT_GT(set.validation->macro_f1, 0.7);
  std::vector<Prediction> out;
  PredictScratch scratch;
  std::string tokens;
  bundle.tokenizer().TokenizeToString("Vaksinasi gratis di Puskesmas", tokens);
  bundle.Predict(0, tokens, 2, out, scratch);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].label, "kesehatan");
  EXPECT_GT(out[0].probability, out[1].probability);
  // The manifest parses back to the same text.
  EXPECT_EQ(Manifest::FromJson(m.ToJson(), "x").ToJson(), m.ToJson());
}

TEST_F(BundleTest, SameDataAndSeedGiveIdenticalBundles) {
  std::string a = Train("a.liputan"), b = Train("b.liputan");
  EXPECT_EQ(ReadFile(a + "/label.bin"), ReadFile(b + "/label.bin"));
  EXPECT_EQ(ReadFile(a + "/manifest.json"), ReadFile(b + "/manifest.json"));
}

TEST_F(BundleTest, RetrainingReplacesABundleButNotOtherDirectories) {
  std::string path = Train("m.liputan");
  EXPECT_NO_THROW(Train("m.liputan"));
  std::filesystem::create_directory(dir_.File("precious"));
  WriteFile(dir_.File("precious/data.txt"), "keep me");
  EXPECT_THROW(Train("precious"), Error);
  EXPECT_EQ(ReadFile(dir_.File("precious/data.txt")), "keep me");
  for (const auto& entry : std::filesystem::directory_iterator(dir_.path())) {
    EXPECT_EQ(entry.path().string().find(".tmp."), std::string::npos) << entry.path();
  }
}

TEST_F(BundleTest, TokenizerMismatchIsAnError) {
  std::string path = Train("m.liputan");
  BundleLoadOptions other;
  other.tokenizer = TokenizerOptions{};
  other.tokenizer->stem = true;
  ExpectLoadError(path, ErrorCode::kData, "tokenizer options", other);
  EditManifest(path, [](nlohmann::json& j) {
    auto& hashes = j["tokenizer"]["lexicon_hashes"];
    if (hashes.empty())
      hashes["slang"] = "0";
    else
      hashes.begin().value() = "0000";
  });
  ExpectLoadError(path, ErrorCode::kData, "lexicons");
}

TEST_F(BundleTest, ManifestFromTheFutureOrDamagedIsAnError) {
  std::string path = Train("m.liputan");
  std::string good = ReadFile(path + "/manifest.json");
  EditManifest(path, [](nlohmann::json& j) { j["format_version"] = 99; });
  ExpectLoadError(path, ErrorCode::kData, "newer than this liputan reads");
  WriteFile(path + "/manifest.json", good.substr(0, good.size() / 2));
  ExpectLoadError(path, ErrorCode::kData, "manifest");
  WriteFile(path + "/manifest.json", good);
  EditManifest(path, [](nlohmann::json& j) { j["label_sets"][0]["file"] = "../escape.bin"; });
  ExpectLoadError(path, ErrorCode::kData, "bad model file name");
  WriteFile(path + "/manifest.json", good);
  EditManifest(path, [](nlohmann::json& j) { j["label_sets"][0]["labels"].erase(0); });
  ExpectLoadError(path, ErrorCode::kData, "not in the manifest");
  std::filesystem::remove(path + "/manifest.json");
  ExpectLoadError(path, ErrorCode::kNoInput, "missing manifest.json");
  ExpectLoadError(dir_.File("nowhere.liputan"), ErrorCode::kNoInput, "no model bundle");
}

TEST_F(BundleTest, DamagedOrTruncatedModelFileIsAnError) {
  std::string path = Train("m.liputan");
  std::string model = ReadFile(path + "/label.bin");
  std::string flipped = model;
  flipped[flipped.size() / 2] ^= 0x40;
  WriteFile(path + "/label.bin", flipped);
  ExpectLoadError(path, ErrorCode::kData, "damaged");
  WriteFile(path + "/label.bin", model.substr(0, model.size() - 10));
  ExpectLoadError(path, ErrorCode::kData, "truncated");
  std::filesystem::remove(path + "/label.bin");
  ExpectLoadError(path, ErrorCode::kNoInput, "missing");
}

TEST_F(BundleTest, SeveralLabelSetsAndMultiLabel) {
  std::vector<TrainingExample> data;
  for (auto& e : testing::MakeTopicCorpus(15, 5)) {
    std::string topic = e.labels["label"][0];
    bool urgent = topic == "bencana";
    std::vector<std::string> fungsi = {urgent ? "darurat" : "informasi"};
    if (topic == "kesehatan") fungsi.push_back("layanan");
    data.push_back({e.text, {{"sektor", {topic}}, {"fungsi", fungsi}}, e.location});
  }
  std::string path = dir_.File("two.liputan");
  TrainBundle(data, TinyOptions(), path);
  ModelBundle bundle = ModelBundle::Load(path);
  ASSERT_EQ(bundle.label_set_count(), 2u);
  EXPECT_EQ(bundle.manifest().label_sets[0].name, "fungsi");
  EXPECT_TRUE(bundle.manifest().label_sets[0].multi_label);
  EXPECT_FALSE(bundle.manifest().label_sets[1].multi_label);
  EXPECT_TRUE(bundle.manifest().label_sets[0].validation->confusion.empty());
  auto results = EvaluateBundle(bundle, data);
  ASSERT_EQ(results.size(), 2u);
  EXPECT_GT(results[0].metrics.micro_f1, 0.8);
}

TEST_F(BundleTest, ThresholdsPersistInTheManifest) {
  std::string path = Train("m.liputan");
  {
    ModelBundle bundle = ModelBundle::Load(path);
    bundle.SaveThresholds(0, {0.25, 0.5, 0.75});
  }
  ModelBundle reloaded = ModelBundle::Load(path);
  EXPECT_DOUBLE_EQ(reloaded.manifest().label_sets[0].labels[2].threshold, 0.75);
}

TEST_F(BundleTest, AutotuneRespectsTheSizeCapAndRecordsItsSearch) {
  TrainOptions o = TinyOptions();
  o.cv_folds = 0;
  o.autotune_duration_seconds = 3;
  o.max_model_bytes = 400000;  // allows bucket 5000 × dim 10 but not the big grid points
  std::string path = Train("auto.liputan", o);
  ModelBundle bundle = ModelBundle::Load(path);
  const auto& set = bundle.manifest().label_sets[0];
  auto log = nlohmann::json::parse(set.autotune_json);
  ASSERT_GE(log["trials"].size(), 1u);
  for (const auto& t : log["trials"]) EXPECT_LE(t["model_bytes"].get<int64_t>(), 400000);
  EXPECT_TRUE(set.validation.has_value());
  EXPECT_NE(set.validation_method.find("autotune"), std::string::npos);
}

TEST_F(BundleTest, AutotuneFitsItsBudgetAndCrossValidatesOnlyTheFinalModel) {
  TrainOptions o = TinyOptions();  // 3-fold cross-validation
  o.autotune_duration_seconds = 2;
  o.fasttext.threads = 2;
  auto begin = std::chrono::steady_clock::now();
  std::string path = Train("auto.liputan", o);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
  EXPECT_LE(seconds, o.autotune_duration_seconds + 1.5);  // the budget bounds the whole run
  ModelBundle bundle = ModelBundle::Load(path);
  const auto& set = bundle.manifest().label_sets[0];
  auto log = nlohmann::json::parse(set.autotune_json);
  ASSERT_GE(log["trials"].size(), 2u);
  EXPECT_EQ(log["workers"], 2);
  for (const auto& t : log["trials"]) {
    EXPECT_GT(t["fraction"].get<double>(), 0);
    EXPECT_GE(t["seconds"].get<double>(), 0);
  }
  // One fit per trial, then the folds and the final fit once: no trial cross-validates.
  EXPECT_EQ(log["fits"]["cross_validation"], 3);
  EXPECT_EQ(log["fits"]["final"], 1);
  EXPECT_EQ(log["fits"]["total"].get<size_t>(), log["trials"].size() + 3 + 1);
  EXPECT_GE(log["final_seconds"].get<double>(), 0);
  EXPECT_EQ(set.validation_method, "3-fold cross-validation");
  auto best = log["best"];
  best["threads"] = 2;  // the search's trials are single-threaded; the bundle records --threads
  EXPECT_EQ(nlohmann::json::parse(set.fasttext.ToJson()), best);
}

TEST_F(BundleTest, MoreThreadsGiveTheSameModelWhenCrossValidating) {
  TrainOptions o = TinyOptions();
  o.fasttext.threads = 1;
  std::string one = Train("one.liputan", o);
  o.fasttext.threads = 3;  // more fits at a time than folds + 1 do not matter either
  std::string three = Train("three.liputan", o);
  EXPECT_EQ(ReadFile(one + "/label.bin"), ReadFile(three + "/label.bin"));
  auto a = nlohmann::json::parse(ReadFile(one + "/manifest.json"));
  auto b = nlohmann::json::parse(ReadFile(three + "/manifest.json"));
  EXPECT_EQ(a["label_sets"][0]["validation"], b["label_sets"][0]["validation"]);
  EXPECT_EQ(b["label_sets"][0]["fasttext"]["threads"], 3);  // what was asked for is recorded
}

TEST_F(BundleTest, ALoneFitTrainsOnEveryThread) {
  TrainOptions o = TinyOptions();
  o.cv_folds = 0;
  o.fasttext.threads = 2;  // fastText's lock-free threads: a good model, not a reproducible one
  ModelBundle bundle = ModelBundle::Load(Train("lone.liputan", o));
  auto results = EvaluateBundle(bundle, testing::MakeTopicCorpus(10, 42));
  ASSERT_EQ(results.size(), 1u);
  EXPECT_GT(results[0].metrics.macro_f1, 0.8);
}

TEST(FastTextOptionsTest, ThreadsDefaultToEveryCore) {
  EXPECT_EQ(FastTextOptions{}.threads, FastTextOptions::DefaultThreads());
  EXPECT_GE(FastTextOptions::DefaultThreads(), 1);
  FastTextOptions o;
  o.threads = 0;
  EXPECT_THROW(o.Validate(), Error);
}

TEST_F(BundleTest, QuantizedAndBalancedTraining) {
  TrainOptions o = TinyOptions();
  o.quantize = true;
  o.quantize_options.cutoff = 300;
  o.balance_classes = true;
  corpus_.resize(corpus_.size() - 10);  // unbalance a little
  std::string path = Train("q.liputan", o);
  ModelBundle bundle = ModelBundle::Load(path);
  EXPECT_EQ(bundle.manifest().label_sets[0].file, "label.ftz");
  EXPECT_TRUE(bundle.manifest().label_sets[0].quantized);
}

TEST_F(BundleTest, TooFewLabelsIsAClearError) {
  std::vector<TrainingExample> one = {{"banjir", {{"label", {"bencana"}}}, "f:1"},
                                      {"longsor", {{"label", {"bencana"}}}, "f:2"}};
  try {
    TrainBundle(one, TinyOptions(), dir_.File("x.liputan"));
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kData);
    EXPECT_NE(std::string(e.what()).find("at least two different labels"), std::string::npos);
  }
}

TEST_F(BundleTest, FeaturesAreRecordedAndRebuiltAtPrediction) {
  TrainOptions o = TinyOptions();
  o.features = FeatureOptions::Parse("cues,surface");
  std::string path = Train("f.liputan", o);
  const auto j = nlohmann::json::parse(ReadFile(path + "/manifest.json"));
  EXPECT_EQ(j["features"]["list"], "cues,surface");
  EXPECT_EQ(j["features"]["cue_hash"].get<std::string>().size(), 64u);
  ModelBundle bundle = ModelBundle::Load(path);
  EXPECT_EQ(bundle.manifest().features, o.features);
  std::string input;
  bundle.BuildInput("@warga banjir", input);
  EXPECT_NE(input.find("cue_sektor_ketertiban_bencana"), std::string::npos) << input;
  EXPECT_NE(input.find("srf_reply"), std::string::npos) << input;
  // A model without features keeps the old manifest shape (no "features" key) and input.
  std::string plain_path = Train("plain.liputan");
  EXPECT_FALSE(nlohmann::json::parse(ReadFile(plain_path + "/manifest.json")).contains("features"));
  std::string plain;
  ModelBundle::Load(plain_path).BuildInput("@warga banjir", plain);
  EXPECT_EQ(plain, "@warga banjir");
}

TEST_F(BundleTest, OtherCodebookCuesAreAnError) {
  TrainOptions o = TinyOptions();
  o.features = FeatureOptions::Parse("cues");
  std::string path = Train("c.liputan", o);
  EditManifest(path, [](nlohmann::json& j) { j["features"]["cue_hash"] = std::string(64, '0'); });
  ExpectLoadError(path, ErrorCode::kData, "other codebook cues");
  EditManifest(path, [](nlohmann::json& j) { j["features"]["list"] = "cues,colours"; });
  ExpectLoadError(path, ErrorCode::kData, "colours");
}

TEST_F(BundleTest, RealValidationIsKeptOnlyWhenMeasuredOnThisData) {
  std::string first = Train("r0.liputan");
  const auto manifest = nlohmann::json::parse(ReadFile(first + "/manifest.json"));
  const std::string sha = manifest["training_data"]["sha256"];
  auto write = [&](const std::string& file, const std::string& measured_on) {
    nlohmann::json real = {{"source", "12 real posts"},
                           {"training_sha256", measured_on},
                           {"label_sets",
                            {{"label",
                              {{"examples", 12},
                               {"macro_f1", 0.5},
                               {"accuracy", 0.6},
                               {"labels", {"bencana", "kesehatan", "pendidikan"}},
                               {"confusion", {{3, 1, 0}, {1, 3, 0}, {0, 1, 3}}}}}}}};
    WriteFile(dir_.File(file), real.dump());
    return dir_.File(file);
  };
  TrainOptions o = TinyOptions();
  o.real_validation_file = write("real.json", sha);
  ModelBundle kept = ModelBundle::Load(Train("r1.liputan", o));
  const auto real = nlohmann::json::parse(kept.manifest().label_sets[0].real_validation_json);
  EXPECT_EQ(real["source"], "12 real posts");
  EXPECT_DOUBLE_EQ(real["macro_f1"].get<double>(), 0.5);
  o.real_validation_file = write("stale.json", std::string(64, 'f'));
  ModelBundle left_out = ModelBundle::Load(Train("r2.liputan", o));
  EXPECT_EQ(left_out.manifest().label_sets[0].real_validation_json, "");
  o.real_validation_file = dir_.File("missing.json");
  try {
    Train("r3.liputan", o);
    FAIL() << "a missing real-validation file must be an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kNoInput);
  }
  WriteFile(dir_.File("broken.json"), "{\"source\": ");
  o.real_validation_file = dir_.File("broken.json");
  try {
    Train("r4.liputan", o);
    FAIL() << "a malformed real-validation file must be an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kData);
    EXPECT_NE(std::string(e.what()).find("broken.json"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace liputan
