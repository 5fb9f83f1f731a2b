// Quality floor of the default models: train with the committed recipe (models/default/
// recipe.args) on the seed corpus's train split, evaluate on its test split. Measured on
// 2026-11-28: macro-F1 fungsi 0.987, sektor 0.928 (docs/model-card.md). The floors leave room for
// fastText/platform noise but catch a broken recipe, corpus or tokenizer.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "corpora/seed/seed_corpus.h"
#include "tests/support/cli_runner.h"

namespace liputan {
namespace {

constexpr double kFungsiMacroF1Floor = 0.95;
constexpr double kSektorMacroF1Floor = 0.88;
constexpr double kPerLabelF1Floor = 0.75;

const std::string kSource = LIPUTAN_SOURCE_DIR;

std::vector<std::string> RecipeArgs() {
  std::ifstream in(kSource + "/models/default/recipe.args");
  std::vector<std::string> args;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    if (line.rfind("--cv=", 0) == 0) continue;  // cross-validation only fills the manifest
    args.push_back(line);
  }
  return args;
}

void WriteSplit(const std::vector<SeedExample>& seed, const std::string& split,
                const std::string& path) {
  std::string out = "id\tsektor\tfungsi\ttext\n";
  for (const auto& ex : seed) {
    if (ex.split == split)
      out += ex.id + "\t" + ex.sektor + "\t" + ex.fungsi + "\t" + ex.text + "\n";
  }
  testing::WriteFile(path, out);
}

TEST(DefaultModelQualityTest, RecipeMeetsTheMacroF1FloorsOnTheTestSplit) {
  const auto seed = ReadSeedCorpus(kSource + "/corpora/seed/seed.tsv");
  testing::TempDir dir;
  WriteSplit(seed, "train", dir.File("train.tsv"));
  WriteSplit(seed, "test", dir.File("test.tsv"));
  std::vector<std::string> train = {"train", "-i", dir.File("train.tsv"), "-o",
                                    dir.File("m.liputan")};
  const auto recipe = RecipeArgs();
  ASSERT_FALSE(recipe.empty());
  train.insert(train.end(), recipe.begin(), recipe.end());
  const auto trained = testing::RunLiputan(train);
  ASSERT_EQ(trained.exit_code, 0) << trained.err;
  const auto eval = testing::RunLiputan(
      {"eval", "-m", dir.File("m.liputan"), "-i", dir.File("test.tsv"), "--json"});
  ASSERT_EQ(eval.exit_code, 0) << eval.err;
  const auto metrics = nlohmann::json::parse(eval.out);
  EXPECT_GE(metrics["fungsi"]["macro"]["f1"].get<double>(), kFungsiMacroF1Floor);
  EXPECT_GE(metrics["sektor"]["macro"]["f1"].get<double>(), kSektorMacroF1Floor);
  for (const char* set : {"fungsi", "sektor"}) {
    for (const auto& label : metrics[set]["labels"]) {
      EXPECT_GE(label["f1"].get<double>(), kPerLabelF1Floor) << set << "/" << label["label"];
    }
  }
}

}  // namespace
}  // namespace liputan
