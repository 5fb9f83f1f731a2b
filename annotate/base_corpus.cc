#include "annotate/base_corpus.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/error.h"
#include "models/labeled_data.h"
#include "models/training_data_file.h"

namespace liputan {
namespace {

namespace fs = std::filesystem;

// "5-fold cross-validation" -> 5; anything else (no cross-validation) -> 0.
int FoldsOf(const std::string& validation_method) {
  const std::string suffix = "-fold cross-validation";
  if (!validation_method.ends_with(suffix)) return 0;
  return std::atoi(validation_method.c_str());
}

std::string Names(const Manifest& m) {
  std::string out;
  for (const auto& s : m.label_sets) out += (out.empty() ? "" : ", ") + s.name;
  return out;
}

}  // namespace

Manifest ReadBundleManifest(const std::string& dir) {
  const std::string path = (fs::path(dir) / "manifest.json").string();
  std::ifstream in(path, std::ios::binary);
  if (!fs::is_directory(dir) || !in)
    throw Error(ErrorCode::kNoInput, "no model bundle here (expected a NAME.liputan directory)",
                dir);
  std::ostringstream text;
  text << in.rdbuf();
  return Manifest::FromJson(text.str(), path);
}

TrainOptions RecipeOf(const Manifest& manifest) {
  TrainOptions o;
  o.tokenizer = manifest.tokenizer;
  o.features = manifest.features;
  o.rule_weight = manifest.rule_weight;
  o.fasttext = manifest.label_sets.front().fasttext;
  o.cv_folds = 0;
  for (const auto& set : manifest.label_sets) {
    o.label_sets.push_back(set.name);
    o.label_set_fasttext[set.name] = set.fasttext;
    o.cv_folds = std::max(o.cv_folds, FoldsOf(set.validation_method));
    o.quantize = o.quantize || set.quantized;
  }
  return o;
}

BaseCorpus ReadBaseCorpus(const std::string& base_dir, const Manifest& manifest,
                          const std::string& data_file, LabeledReaderOptions reader) {
  BaseCorpus corpus;
  if (!data_file.empty()) {
    if (reader.label_fields.empty()) {
      for (const auto& s : manifest.label_sets) reader.label_fields.push_back(s.name);
    }
    corpus.examples = ReadLabeledData({data_file}, reader).examples;
    corpus.source = data_file;
    corpus.matches_manifest = TrainingDataSha256(corpus.examples) == manifest.training_data.sha256;
    return corpus;
  }
  const std::string& kept = manifest.training_data.kept_file;
  if (kept.empty() || !fs::exists(fs::path(base_dir) / kept)) {
    throw Error(ErrorCode::kUsage,
                "the base model carries no training data (it was trained without "
                "--keep-training-data); pass the corpus it was trained on with --base-data FILE",
                base_dir);
  }
  corpus.source = (fs::path(base_dir) / kept).string();
  corpus.examples = ReadTrainingDataFile(corpus.source, manifest.training_data.sha256);
  corpus.matches_manifest = true;
  return corpus;
}

void CheckUserLabels(const std::vector<TrainingExample>& user, const Manifest& base) {
  for (const auto& e : user) {
    for (const auto& [set, labels] : e.labels) {
      const std::string& name = set;  // clang 14 cannot capture a structured binding
      auto it = std::find_if(base.label_sets.begin(), base.label_sets.end(),
                             [&](const ManifestLabelSet& s) { return s.name == name; });
      if (it == base.label_sets.end()) {
        throw Error(ErrorCode::kData,
                    "label set '" + set + "' is not one of the base model's (" + Names(base) + ")",
                    e.location);
      }
      for (const auto& label : labels) {
        bool known = std::any_of(it->labels.begin(), it->labels.end(),
                                 [&](const ManifestLabel& l) { return l.name == label; });
        if (!known) {
          throw Error(ErrorCode::kData,
                      "label '" + label + "' of '" + set +
                          "' is not one of the base model's labels (retrain from scratch with "
                          "`liputan train` to add a label)",
                      e.location);
        }
      }
    }
  }
}

}  // namespace liputan
