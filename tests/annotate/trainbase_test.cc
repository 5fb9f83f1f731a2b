// `liputan train --base`: a user's labels teach a base model its recipe, weighted by
// cross-validation, deterministically; and the errors a user meets.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "annotate/weight_choice.h"
#include "annotate/weighted_mix.h"
#include "common/error.h"
#include "corpora/annotation_file.h"
#include "models/model_bundle.h"
#include "models/sha256.h"
#include "models/training_data_file.h"
#include "tests/models/topic_corpus.h"
#include "tests/support/cli_runner.h"

namespace liputan {
namespace {

using testing::ReadFile;
using testing::RunLiputan;
using testing::TempDir;
using testing::WriteFile;
using Json = nlohmann::json;

std::vector<TrainingExample> Numbered(const std::string& prefix, int n) {
  std::vector<TrainingExample> out;
  for (int i = 0; i < n; ++i) out.push_back({prefix + std::to_string(i), {{"s", {"a"}}}, ""});
  return out;
}

TEST(WeightedMix, KeepsTheBaseOrderAndSpreadsTheCopies) {
  auto mix = MixWeighted(Numbered("b", 100), Numbered("u", 5), 4, 1);
  ASSERT_EQ(mix.size(), 120u);
  std::vector<std::string> base;
  std::vector<size_t> user_positions;
  for (size_t i = 0; i < mix.size(); ++i) {
    if (mix[i].text[0] == 'b') base.push_back(mix[i].text);
    if (mix[i].text[0] == 'u') user_positions.push_back(i);
  }
  for (int i = 0; i < 100; ++i) EXPECT_EQ(base[static_cast<size_t>(i)], "b" + std::to_string(i));
  for (int u = 0; u < 5; ++u) {  // each user example 4 times
    EXPECT_EQ(std::count_if(mix.begin(), mix.end(),
                            [&](const auto& e) { return e.text == "u" + std::to_string(u); }),
              4);
  }
  EXPECT_LT(user_positions.front(), 10u);  // spread through the corpus, not appended
  EXPECT_GT(user_positions.back(), 110u);
  EXPECT_EQ(MixWeighted(Numbered("b", 100), Numbered("u", 5), 4, 1)[7].text, mix[7].text);
}

// The examples of `mix` that carry `set`'s labels, as text and labels: what that set's model
// trains on.
std::vector<std::pair<std::string, std::vector<std::string>>> OfSet(
    const std::vector<TrainingExample>& mix, const std::string& set) {
  std::vector<std::pair<std::string, std::vector<std::string>>> out;
  for (const auto& e : mix) {
    if (auto it = e.labels.find(set); it != e.labels.end()) out.emplace_back(e.text, it->second);
  }
  return out;
}

TEST(WeightedMix, AWeightPerSetGivesEachSetTheDataOfItsOwnWeight) {
  std::vector<TrainingExample> base, user;
  for (int i = 0; i < 50; ++i)
    base.push_back({"b" + std::to_string(i), {{"s", {"a"}}, {"f", {"x"}}}, ""});
  for (int i = 0; i < 6; ++i) {
    TrainingExample e{"u" + std::to_string(i), {{"s", {"b"}}}, ""};
    if (i != 2) e.labels["f"] = {"y"};  // a post labeled in one set only
    user.push_back(e);
  }
  auto mix = MixWeightedPerSet(base, user, {{"s", 1}, {"f", 4}}, 7);
  EXPECT_EQ(OfSet(mix, "s"), OfSet(MixWeighted(base, user, 1, 7), "s"));
  EXPECT_EQ(OfSet(mix, "f"), OfSet(MixWeighted(base, user, 4, 7), "f"));
  EXPECT_EQ(mix.size(), 50u + 6 + 5 * 4);  // post u2 has no f copies
  // One weight for every set is the plain mix, example for example.
  auto same = MixWeightedPerSet(base, user, {{"s", 3}, {"f", 3}}, 7);
  auto plain = MixWeighted(base, user, 3, 7);
  ASSERT_EQ(same.size(), plain.size());
  for (size_t i = 0; i < same.size(); ++i) EXPECT_EQ(same[i].labels, plain[i].labels);
}

TEST(WeightedMix, WeightOneAppendsThePostsInTheirOrder) {
  auto mix = MixWeighted(Numbered("b", 10), Numbered("u", 3), 1, 1);
  std::vector<std::string> texts;
  for (const auto& e : mix) texts.push_back(e.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"b0", "b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8",
                                             "b9", "u0", "u1", "u2"}));
}

// Held-out predictions of one fold for label set "s" (labels a, b): 40 posts, the first half
// a, the rest b, of which the fit gets the first `right` right.
FoldScores Predictions(int right) {
  HeldOut held{{"a", "b"}, {}};
  for (int i = 0; i < 40; ++i) {
    const int truth = i < 20 ? 0 : 1;
    const int said = i < right ? truth : 1 - truth;
    held.scored.push_back({{truth}, {{said, 0.9f}, {1 - said, 0.1f}}});
  }
  return {{"s", held}};
}

TEST(WeightChoice, AWeightAbove1NeedsEvidence) {
  Manifest manifest;
  manifest.label_sets.push_back({});
  manifest.label_sets.back().name = "s";
  const FoldScores one = Predictions(24), slightly = Predictions(25), clearly = Predictions(38);
  HeldOutByWeight held = {{1, {&one}}, {4, {&slightly}}, {16, {&one}}};
  WeightChoiceOptions options;
  auto scores = ScoreWeights(held, {1, 4, 16}, manifest, options);
  ASSERT_EQ(scores.size(), 3u);
  EXPECT_GT(scores[1].by_set["s"], scores[0].by_set["s"]);  // 4 is best by a post...
  EXPECT_LT(scores[1].beats_weight_1["s"], 0.9);            // ...which resampling does not trust
  EXPECT_EQ(ChooseWeights(scores, manifest, options).at("s"), 1);
  held[16] = {&clearly};
  scores = ScoreWeights(held, {1, 4, 16}, manifest, options);
  EXPECT_GE(scores[2].beats_weight_1["s"], 0.9);
  EXPECT_EQ(ChooseWeights(scores, manifest, options).at("s"), 16);
  // Without weight 1 in the grid there is nothing to keep: the best wins.
  held.erase(1);
  EXPECT_EQ(
      ChooseWeights(ScoreWeights(held, {4, 16}, manifest, options), manifest, options).at("s"), 16);
}

TEST(TrainingDataFile, RoundTripsAndRefusesAnotherDigest) {
  TempDir dir;
  std::vector<TrainingExample> examples = {{"Banjir di \"Kampung\"\tMelayu 🌧",
                                            {{"sektor", {"ketertiban_bencana"}}, {"fungsi", {"x"}}},
                                            ""},
                                           {"kedua", {{"sektor", {"a", "b|c"}}}, ""}};
  WriteTrainingDataFile(dir.File("d.jsonl.gz"), examples);
  auto back = ReadTrainingDataFile(dir.File("d.jsonl.gz"), TrainingDataSha256(examples));
  ASSERT_EQ(back.size(), 2u);
  EXPECT_EQ(back[0].text, examples[0].text);
  EXPECT_EQ(back[1].labels, examples[1].labels);
  EXPECT_EQ(back[1].location, dir.File("d.jsonl.gz") + ":2");
  try {
    ReadTrainingDataFile(dir.File("d.jsonl.gz"), std::string(64, '0'));
    FAIL() << "a digest mismatch must throw";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kData);
    EXPECT_NE(e.message().find("training digest"), std::string::npos);
  }
}

// A tiny, fast, single-threaded recipe for the base models of these tests.
const std::vector<std::string> kTinyRecipe = {"--dim",    "10",   "--epoch",       "25",
                                              "--bucket", "5000", "--word-ngrams", "1",
                                              "--cv",     "0",    "--threads",     "1"};

// Posts about a university (words the base never saw) that mention a flood: the base calls them
// bencana, the user's agency files them under pendidikan.
std::vector<TrainingExample> CampusPosts(int n, unsigned seed) {
  static const std::vector<const char*> campus = {"akreditasi", "kampus", "rektor",  "mahasiswa",
                                                  "wisuda",     "dosen",  "skripsi", "semester"};
  static const std::vector<const char*> flood = {"banjir", "hujan deras", "gempa"};
  std::mt19937 rng(seed);
  std::vector<TrainingExample> out;
  for (int i = 0; i < n; ++i) {
    std::string text = std::string(campus[rng() % campus.size()]) + " warga " +
                       campus[rng() % campus.size()] + " " + flood[rng() % flood.size()] + " " +
                       campus[rng() % campus.size()];
    out.push_back({text, {{"sektor", {"pendidikan"}}}, ""});
  }
  return out;
}

class TrainBaseTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    std::string tsv = "text\tsektor\n";
    for (const auto& e : testing::MakeTopicCorpus(20, 3, "sektor"))
      tsv += e.text + "\t" + e.labels.at("sektor")[0] + "\n";
    WriteFile(dir_->File("corpus.tsv"), tsv);
    for (bool keep : {true, false}) {
      std::vector<std::string> args = {"train",
                                       "-i",
                                       dir_->File("corpus.tsv"),
                                       "--label-field",
                                       "sektor",
                                       "-o",
                                       dir_->File(keep ? "base.liputan" : "bare.liputan")};
      args.insert(args.end(), kTinyRecipe.begin(), kTinyRecipe.end());
      if (keep) args.push_back("--keep-training-data");
      auto r = RunLiputan(args);
      ASSERT_EQ(r.exit_code, 0) << r.err;
    }
    AnnotationFile file;
    file.label_sets = {"sektor"};
    int id = 0;
    for (const auto& e : CampusPosts(15, 7)) {
      AnnotationRow row;
      row.id = std::to_string(++id);
      row.text = e.text;
      row.strategy = "teach";
      row.labels["sektor"] = "pendidikan";
      row.status = "labeled";
      file.rows.push_back(row);
    }
    AnnotationRow todo;  // not labeled yet: must not count
    todo.id = "99";
    todo.text = "rektor kampus banjir";
    file.rows.push_back(todo);
    WriteAnnotationCsv(dir_->File("labels.csv"), file);
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }

  // Share of fresh campus posts the model files under pendidikan.
  static double CampusShare(const std::string& model) {
    ModelBundle bundle = ModelBundle::Load(model);
    PredictScratch scratch;
    std::vector<Prediction> out;
    int hits = 0;
    const auto posts = CampusPosts(40, 99);
    for (const auto& e : posts) {
      std::string tokens;
      bundle.BuildInput(e.text, tokens);
      bundle.Predict(0, tokens, 1, out, scratch);
      hits += !out.empty() && out[0].label == "pendidikan";
    }
    return hits / static_cast<double>(posts.size());
  }
  static Json ManifestOf(const std::string& model) {
    return Json::parse(ReadFile(model + "/manifest.json"));
  }
  static testing::CliResult Retrain(const std::string& out, std::vector<std::string> extra = {}) {
    std::vector<std::string> args = {
        "train", "--base",       dir_->File("base.liputan"), "-i", dir_->File("labels.csv"),
        "-o",    dir_->File(out)};
    args.insert(args.end(), extra.begin(), extra.end());
    return RunLiputan(args);
  }
  static inline TempDir* dir_ = nullptr;
};

TEST_F(TrainBaseTest, UsersLabelsTeachTheModelWithTheBasesRecipe) {
  auto r = Retrain("taught.liputan");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_LT(CampusShare(dir_->File("base.liputan")), 0.5);
  EXPECT_GE(CampusShare(dir_->File("taught.liputan")), 0.9);
  Json base = ManifestOf(dir_->File("base.liputan"));
  Json taught = ManifestOf(dir_->File("taught.liputan"));
  Json base_ft = base["label_sets"][0]["fasttext"], taught_ft = taught["label_sets"][0]["fasttext"];
  base_ft.erase("threads");
  taught_ft.erase("threads");
  EXPECT_EQ(taught_ft, base_ft);  // dim 10, epoch 25, wordNgrams 1... carried over
  EXPECT_EQ(taught["tokenizer"], base["tokenizer"]);
  const Json& b = taught["base"];
  EXPECT_EQ(b["user_examples"], 15);
  EXPECT_EQ(b["corpus_examples"], 60);
  EXPECT_EQ(b["weight_chosen_by"].get<std::string>().rfind(
                "3-fold cross-validation over the user's labels, per label set", 0),
            0u);
  ASSERT_EQ(b["cross_validation"].size(), 5u);
  EXPECT_EQ(b["weight_by_label_set"]["sektor"], b["weight"]);
  int weight = b["weight"];
  EXPECT_TRUE(weight == 1 || weight == 2 || weight == 4 || weight == 8 || weight == 16);
  EXPECT_EQ(taught["training_data"]["examples"], 60 + 15 * weight);
  EXPECT_NE(r.err.find("<- chosen"), std::string::npos);
}

TEST_F(TrainBaseTest, SameInputsAndSeedGiveTheSameModel) {
  ASSERT_EQ(Retrain("one.liputan", {"--threads", "2"}).exit_code, 0);
  ASSERT_EQ(Retrain("two.liputan", {"--threads", "1"}).exit_code, 0);
  EXPECT_EQ(Sha256File(dir_->File("one.liputan/sektor.bin")),
            Sha256File(dir_->File("two.liputan/sektor.bin")));
  EXPECT_EQ(ManifestOf(dir_->File("one.liputan"))["base"],
            ManifestOf(dir_->File("two.liputan"))["base"]);
}

TEST_F(TrainBaseTest, AFixedWeightAndACorpusGivenBesideTheBase) {
  auto r =
      RunLiputan({"train", "--base", dir_->File("bare.liputan"), "--base-data",
                  dir_->File("corpus.tsv"), "--base-weight", "3", "-i", dir_->File("labels.csv"),
                  "-o", dir_->File("fixed.liputan"), "--keep-training-data"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  Json b = ManifestOf(dir_->File("fixed.liputan"))["base"];
  EXPECT_EQ(b["weight"], 3);
  EXPECT_EQ(b["weight_chosen_by"], "--base-weight");
  EXPECT_EQ(b["corpus_matches_base"], true);
  EXPECT_TRUE(b["cross_validation"].empty());
  // The new bundle carries its own data: it can be a base in turn.
  auto again = RunLiputan({"train", "--base", dir_->File("fixed.liputan"), "--base-weight", "1",
                           "-i", dir_->File("labels.csv"), "-o", dir_->File("again.liputan")});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(ManifestOf(dir_->File("again.liputan"))["base"]["corpus_examples"], 60 + 15 * 3);
}

TEST_F(TrainBaseTest, AGridOfYourOwnIsSearched) {
  auto r = Retrain("grid.liputan", {"--base-weights", "3,5", "--base-folds", "2"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  Json b = ManifestOf(dir_->File("grid.liputan"))["base"];
  ASSERT_EQ(b["cross_validation"].size(), 2u);
  EXPECT_EQ(b["cross_validation"][0]["weight"], 3);
  EXPECT_EQ(b["weight_chosen_by"].get<std::string>().rfind(
                "2-fold cross-validation over the user's labels, per label set", 0),
            0u);
  EXPECT_TRUE(b["weight"] == 3 || b["weight"] == 5);
  for (const char* bad : {"0,2", "2,4,2"}) {
    r = Retrain("bad.liputan", {"--base-weights", bad});
    EXPECT_EQ(r.exit_code, 64) << bad;
    EXPECT_NE(r.err.find("--base-weights"), std::string::npos) << r.err;
  }
}

TEST_F(TrainBaseTest, ABaseWithoutItsDataAsksForIt) {
  auto r = RunLiputan({"train", "--base", dir_->File("bare.liputan"), "-i",
                       dir_->File("labels.csv"), "-o", dir_->File("x.liputan")});
  EXPECT_EQ(r.exit_code, 64);
  EXPECT_NE(r.err.find("--base-data FILE"), std::string::npos) << r.err;
}

TEST_F(TrainBaseTest, DamagedBaseOrDataIsBadData) {
  TempDir copy;
  std::filesystem::copy(dir_->File("base.liputan"), copy.File("b.liputan"));
  WriteFile(copy.File("b.liputan/training_data.jsonl.gz"), "not gzip\n");
  auto r = RunLiputan({"train", "--base", copy.File("b.liputan"), "-i", dir_->File("labels.csv"),
                       "-o", copy.File("x.liputan")});
  EXPECT_EQ(r.exit_code, 65) << r.err;
  EXPECT_NE(r.err.find("training_data.jsonl.gz"), std::string::npos) << r.err;
  WriteFile(copy.File("b.liputan/manifest.json"), "{\"format\": \"liputan-model\"}");
  r = RunLiputan({"train", "--base", copy.File("b.liputan"), "-i", dir_->File("labels.csv"), "-o",
                  copy.File("x.liputan")});
  EXPECT_EQ(r.exit_code, 65) << r.err;
  EXPECT_NE(r.err.find("manifest.json"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(copy.File("x.liputan")));
}

TEST_F(TrainBaseTest, ForeignLabelsAndMisusedOptionsAreRefused) {
  WriteFile(dir_->File("other.tsv"), "text\tsektor\nrektor kampus wisuda\tpariwisata\n");
  auto r = RunLiputan({"train", "--base", dir_->File("base.liputan"), "-i", dir_->File("other.tsv"),
                       "-o", dir_->File("x.liputan"), "--base-weight", "2"});
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_NE(r.err.find(dir_->File("other.tsv")), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("'pariwisata'"), std::string::npos) << r.err;
  r = RunLiputan({"train", "--base", dir_->File("base.liputan"), "-i", dir_->File("labels.csv"),
                  "-o", dir_->File("base.liputan")});
  EXPECT_EQ(r.exit_code, 64);
  EXPECT_NE(r.err.find("replace the base"), std::string::npos) << r.err;
  // A recipe option is refused: --base retrains the base's own recipe.
  r = Retrain("y.liputan", {"--epoch", "5"});
  EXPECT_EQ(r.exit_code, 64);
  EXPECT_NE(r.err.find("--epoch"), std::string::npos) << r.err;
  r = RunLiputan({"train", "-i", dir_->File("corpus.tsv"), "-o", dir_->File("z.liputan"),
                  "--base-weight", "2"});
  EXPECT_EQ(r.exit_code, 64);
}

// A base with two label sets: each set's weight is its own, chosen or given.
class TrainBaseTwoSetsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    const std::map<std::string, std::pair<std::string, std::string>> pairs = {
        {"kesehatan", {"kesehatan", "layanan"}},
        {"pendidikan", {"pendidikan", "layanan"}},
        {"bencana", {"bencana", "peringatan"}}};
    std::string tsv = "text\tsektor\tfungsi\n";
    for (const auto& e : testing::MakeTwoSetCorpus(20, 3, {"sektor", "fungsi"}, pairs))
      tsv += e.text + "\t" + e.labels.at("sektor")[0] + "\t" + e.labels.at("fungsi")[0] + "\n";
    WriteFile(dir_->File("corpus.tsv"), tsv);
    std::vector<std::string> args = {"train",
                                     "-i",
                                     dir_->File("corpus.tsv"),
                                     "--label-field",
                                     "sektor",
                                     "--label-field",
                                     "fungsi",
                                     "-o",
                                     dir_->File("base.liputan"),
                                     "--keep-training-data"};
    args.insert(args.end(), kTinyRecipe.begin(), kTinyRecipe.end());
    auto r = RunLiputan(args);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    // Campus posts: pendidikan, and (unlike the base's school posts) a warning.
    std::string labels = "text\tsektor\tfungsi\n";
    for (const auto& e : CampusPosts(15, 7)) labels += e.text + "\tpendidikan\tperingatan\n";
    WriteFile(dir_->File("labels.tsv"), labels);
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  static testing::CliResult Retrain(const std::string& out, std::vector<std::string> extra) {
    std::vector<std::string> args = {
        "train", "--base",       dir_->File("base.liputan"), "-i", dir_->File("labels.tsv"),
        "-o",    dir_->File(out)};
    args.insert(args.end(), extra.begin(), extra.end());
    return RunLiputan(args);
  }
  static Json BaseOf(const std::string& model) {
    return Json::parse(ReadFile(dir_->File(model) + "/manifest.json"))["base"];
  }
  static inline TempDir* dir_ = nullptr;
};

TEST_F(TrainBaseTwoSetsTest, EachSetsModelIsTheOneItsOwnWeightGives) {
  for (const char* w : {"1", "4"}) {
    auto r = Retrain(std::string("w") + w + ".liputan", {"--base-weight", w});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  auto r = Retrain("mixed.liputan", {"--base-weight", "sektor=1,fungsi=4"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("fungsi 4x, sektor 1x"), std::string::npos) << r.err;
  EXPECT_EQ(Sha256File(dir_->File("mixed.liputan/sektor.bin")),
            Sha256File(dir_->File("w1.liputan/sektor.bin")));
  EXPECT_EQ(Sha256File(dir_->File("mixed.liputan/fungsi.bin")),
            Sha256File(dir_->File("w4.liputan/fungsi.bin")));
  EXPECT_NE(Sha256File(dir_->File("mixed.liputan/fungsi.bin")),
            Sha256File(dir_->File("w1.liputan/fungsi.bin")));
  Json b = BaseOf("mixed.liputan");
  EXPECT_TRUE(b["weight"].is_null());
  EXPECT_EQ(b["weight_by_label_set"], Json({{"fungsi", 4}, {"sektor", 1}}));
  EXPECT_EQ(BaseOf("w4.liputan")["weight"], 4);
}

TEST_F(TrainBaseTwoSetsTest, CrossValidationChoosesEachSetsWeightOnEvidence) {
  auto r = Retrain("cv.liputan", {"--base-weights", "1,3,9"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  Json b = BaseOf("cv.liputan");
  ASSERT_EQ(b["cross_validation"].size(), 3u);
  for (const char* set : {"sektor", "fungsi"}) {
    int best = 0;
    double best_f1 = -1, beats_1 = 1;
    for (const auto& s : b["cross_validation"]) {
      if (s["by_label_set"][set].get<double>() > best_f1) {
        best_f1 = s["by_label_set"][set];
        best = s["weight"];
        beats_1 = best == 1 ? 1.0 : s["share_of_resamples_beating_weight_1"][set].get<double>();
      }
    }
    EXPECT_EQ(b["weight_by_label_set"][set], beats_1 >= 0.9 ? best : 1) << set << ": " << b.dump();
  }
}

// Weight 1 is the naive concatenation: the base's corpus, then your posts, trained with the
// base's recipe, is the model `train -i CORPUS YOURS` gives.
TEST_F(TrainBaseTwoSetsTest, WeightOneIsTheNaiveConcatenation) {
  ASSERT_EQ(Retrain("once.liputan", {"--base-weight", "1"}).exit_code, 0);
  std::vector<std::string> args = {"train",
                                   "-i",
                                   dir_->File("corpus.tsv"),
                                   dir_->File("labels.tsv"),
                                   "--label-field",
                                   "sektor",
                                   "--label-field",
                                   "fungsi",
                                   "-o",
                                   dir_->File("naive.liputan")};
  args.insert(args.end(), kTinyRecipe.begin(), kTinyRecipe.end());
  auto r = RunLiputan(args);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* file : {"sektor.bin", "fungsi.bin"}) {
    EXPECT_EQ(Sha256File(dir_->File(std::string("once.liputan/") + file)),
              Sha256File(dir_->File(std::string("naive.liputan/") + file)))
        << file;
  }
}

TEST_F(TrainBaseTwoSetsTest, WeightsPerSetMustNameEverySetOnce) {
  for (const char* bad : {"sektor=2", "sektor=2,fungsi=2,kanal=1", "sektor=0,fungsi=2",
                          "sektor=2,sektor=3,fungsi=1", "=2", "sektor=x,fungsi=1", "-1"}) {
    auto r = Retrain("bad.liputan", {"--base-weight", bad});
    EXPECT_EQ(r.exit_code, 64) << bad << ": " << r.err;
    EXPECT_NE(r.err.find("--base-weight"), std::string::npos) << bad << ": " << r.err;
    EXPECT_FALSE(std::filesystem::exists(dir_->File("bad.liputan"))) << bad;
  }
}

}  // namespace
}  // namespace liputan
