#include "models/model_bundle.h"

#include <sys/stat.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/atomic_output_file.h"
#include "common/error.h"
#include "models/sha256.h"

namespace liputan {
namespace {

namespace fs = std::filesystem;

std::string ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::kNoInput, "cannot open file", path);
  std::ostringstream data;
  data << in.rdbuf();
  return data.str();
}

void CheckTokenizer(const Manifest& m, const Tokenizer& tokenizer, const BundleLoadOptions& options,
                    const std::string& where) {
  if (options.tokenizer && !(*options.tokenizer == m.tokenizer)) {
    throw Error(ErrorCode::kData,
                "the model was trained with tokenizer options " + m.tokenizer.ToJson() +
                    " but this run uses " + options.tokenizer->ToJson(),
                where);
  }
  auto running = tokenizer.LexiconHashes();
  if (running != m.lexicon_hashes) {
    std::string detail;
    for (const auto& [name, hash] : m.lexicon_hashes) {
      auto it = running.find(name);
      if (it == running.end())
        detail += " '" + name + "' is missing;";
      else if (it->second != hash)
        detail += " '" + name + "' differs;";
    }
    for (const auto& [name, hash] : running) {
      if (!m.lexicon_hashes.contains(name)) detail += " '" + name + "' is new;";
    }
    if (!detail.empty()) detail.pop_back();
    throw Error(ErrorCode::kData,
                "the model was trained with other tokenizer lexicons than this liputan has:" +
                    detail + " (retrain the model)",
                where);
  }
}

void CheckModelFile(const std::string& path, const ManifestLabelSet& set) {
  std::error_code ec;
  auto size = fs::file_size(path, ec);
  if (ec)
    throw Error(ErrorCode::kNoInput, "model file of label set '" + set.name + "' is missing", path);
  if (static_cast<int64_t>(size) != set.file_bytes) {
    throw Error(ErrorCode::kData,
                "model file has " + std::to_string(size) + " bytes, the manifest says " +
                    std::to_string(set.file_bytes) + " (truncated or replaced)",
                path);
  }
  if (ChecksumFile(path) != set.file_checksum) {
    throw Error(ErrorCode::kData,
                "model file is damaged (its checksum does not match the manifest)", path);
  }
}

}  // namespace

std::string FastTextLabel(const std::string& name) {
  std::string out = name;
  for (char& c : out) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') c = '_';
  }
  return out;
}

ModelBundle::ModelBundle(ModelBundle&&) noexcept = default;
ModelBundle& ModelBundle::operator=(ModelBundle&&) noexcept = default;
ModelBundle::~ModelBundle() = default;

ModelBundle ModelBundle::Load(const std::string& dir, const BundleLoadOptions& options) {
  if (!fs::is_directory(dir)) {
    throw Error(ErrorCode::kNoInput, "no model bundle here (expected a NAME.liputan directory)",
                dir);
  }
  std::string manifest_path = (fs::path(dir) / "manifest.json").string();
  if (!fs::exists(manifest_path)) throw Error(ErrorCode::kNoInput, "missing manifest.json", dir);
  ModelBundle bundle;
  bundle.dir_ = dir;
  bundle.manifest_ = Manifest::FromJson(ReadWholeFile(manifest_path), manifest_path);
  bundle.tokenizer_ = std::make_unique<Tokenizer>(bundle.manifest_.tokenizer);
  CheckTokenizer(bundle.manifest_, *bundle.tokenizer_, options, manifest_path);
  bundle.input_ = std::make_unique<ModelInput>(*bundle.tokenizer_, bundle.manifest_.features);
  std::string cue_hash = bundle.input_->CueHash();
  if (bundle.manifest_.rule_weight > 0) {
    bundle.rules_ = std::make_unique<CodebookCues>(*bundle.tokenizer_);
    cue_hash = bundle.rules_->hash();
  }
  if (cue_hash != bundle.manifest_.cue_hash) {
    throw Error(ErrorCode::kData,
                "the model was trained with other codebook cues than this liputan has (features '" +
                    bundle.manifest_.features.ToString() + "', rule weight " +
                    std::to_string(bundle.manifest_.rule_weight) + "); retrain it",
                manifest_path);
  }
  for (const auto& set : bundle.manifest_.label_sets) {
    std::string path = (fs::path(dir) / set.file).string();
    CheckModelFile(path, set);
    FastTextModel model = FastTextModel::Load(path);
    std::map<std::string, int> index;
    for (size_t i = 0; i < set.labels.size(); ++i)
      index[FastTextLabel(set.labels[i].name)] = static_cast<int>(i);
    std::vector<int> mapping;
    for (const auto& label : model.labels()) {
      auto it = index.find(label);
      if (it == index.end()) {
        throw Error(ErrorCode::kData, "model label '" + label + "' is not in the manifest", path);
      }
      mapping.push_back(it->second);
    }
    bundle.models_.push_back(std::move(model));
    bundle.model_to_manifest_.push_back(std::move(mapping));
    // Cues name their set ("sektor", "fungsi"), so a user's own label set is never reweighed.
    auto& rule_labels = bundle.rule_labels_.emplace_back();
    if (bundle.rules_) {
      for (size_t i = 0; i < set.labels.size(); ++i)
        rule_labels.emplace(set.labels[i].name, static_cast<int>(i));
    }
  }
  return bundle;
}

void ModelBundle::Score(size_t set, std::string_view tokens, int k,
                        std::vector<std::pair<int, float>>& out, PredictScratch& scratch) const {
  const bool rules = rules_ && !rule_labels_[set].empty();
  models_.at(set).Predict(tokens, rules ? -1 : k, out, scratch);
  for (auto& [label, probability] : out) label = model_to_manifest_[set][label];
  if (rules) ApplyRules(set, tokens, k, out);
}

// A product of two experts: the model's probability times exp(weight x the label's cue score),
// renormalised. A post without cues keeps the model's probabilities; cues of another label set
// or of a label this model does not have are ignored.
void ModelBundle::ApplyRules(size_t set, std::string_view tokens, int k,
                             std::vector<std::pair<int, float>>& out) const {
  thread_local std::vector<double> cue;
  const auto& labels = rule_labels_[set];
  const std::string& name = manifest_.label_sets[set].name;
  cue.assign(manifest_.label_sets[set].labels.size(), 0.0);
  bool any = false;
  rules_->Match(SplitWords(tokens), [&](const CueLabel& c) {
    if (c.set != name) return;
    if (auto it = labels.find(c.label); it != labels.end()) {
      cue[static_cast<size_t>(it->second)] += c.weight;
      any = true;
    }
  });
  if (any) {
    // exp(w x (cue - highest cue)) <= 1: the common factor cancels in the normalisation, and a
    // post repeating a cue thousands of times cannot overflow to inf/inf.
    const double highest = *std::max_element(cue.begin(), cue.end());
    double total = 0;
    for (auto& [label, p] : out)
      total += p * std::exp(manifest_.rule_weight * (cue[label] - highest));
    if (!(total > 0)) total = 1;  // every label with a cue had probability 0: nothing to reweigh
    for (auto& [label, p] : out)
      p = static_cast<float>(p * std::exp(manifest_.rule_weight * (cue[label] - highest)) / total);
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
      return a.second > b.second || (a.second == b.second && a.first < b.first);
    });
  }
  if (k > 0 && out.size() > static_cast<size_t>(k)) out.resize(static_cast<size_t>(k));
}

void ModelBundle::Predict(size_t set, std::string_view tokens, int k, std::vector<Prediction>& out,
                          PredictScratch& scratch) const {
  thread_local std::vector<std::pair<int, float>> scores;
  Score(set, tokens, k, scores, scratch);
  out.clear();
  const auto& labels = manifest_.label_sets[set].labels;
  for (const auto& [label, probability] : scores) out.push_back({labels[label].name, probability});
}

void ModelBundle::SaveThresholds(size_t set, const std::vector<double>& thresholds) {
  auto& labels = manifest_.label_sets.at(set).labels;
  if (thresholds.size() != labels.size()) {
    throw Error(ErrorCode::kInternal, "threshold count does not match the label count");
  }
  for (size_t i = 0; i < labels.size(); ++i) labels[i].threshold = thresholds[i];
  WriteManifest(dir_, manifest_);
}

void WriteManifest(const std::string& dir, const Manifest& manifest) {
  std::string path = (fs::path(dir) / "manifest.json").string();
  AtomicOutputFile out(path);
  out.Write(manifest.ToJson());
  out.Commit();
  // The temporary file was private (mkstemp); the manifest is shared data: honour the umask.
  mode_t mask = ::umask(0);
  ::umask(mask);
  std::error_code ec;
  fs::permissions(path, static_cast<fs::perms>(0666 & ~mask), ec);
}

}  // namespace liputan
