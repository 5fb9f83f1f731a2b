#include "report/model_summary.h"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "common/error.h"

namespace liputan::report {

namespace {

using nlohmann::json;

std::optional<double> OptionalNumber(const json& object, const char* key) {
  const auto it = object.find(key);
  if (it == object.end() || !it->is_number()) return std::nullopt;
  return it->get<double>();
}

// "models/default.liputan/" and "." name their directory, not an empty last component.
std::string BundleName(const std::string& bundle_dir) {
  std::filesystem::path path = std::filesystem::absolute(bundle_dir).lexically_normal();
  if (!path.has_filename()) path = path.parent_path();
  return path.filename().string();
}

std::optional<RealValidation> ReadRealValidation(const json& label_set) {
  const auto it = label_set.find("real_validation");
  if (it == label_set.end() || !it->is_object()) return std::nullopt;
  RealValidation real;
  const auto source = it->find("source");
  if (source != it->end() && source->is_string()) real.source = source->get<std::string>();
  real.examples = static_cast<int64_t>(OptionalNumber(*it, "examples").value_or(0));
  real.macro_f1 = OptionalNumber(*it, "macro_f1");
  real.accuracy = OptionalNumber(*it, "accuracy");
  return real;
}

json Number(const std::optional<double>& value) { return value ? json(*value) : json(nullptr); }

json RealValidationJson(const std::optional<RealValidation>& real) {
  if (!real) return nullptr;
  return {{"real_macro_f1", Number(real->macro_f1)},
          {"real_accuracy", Number(real->accuracy)},
          {"real_examples", real->examples},
          {"real_source", real->source.empty() ? json(nullptr) : json(real->source)}};
}

json ValidatedScoresJson(const ValidatedScores& s) {
  json f1 = json::object();
  for (const auto& [label, value] : s.label_f1) f1[label] = value;
  return {{"labeled_posts", s.labeled_posts},
          {"weighted_posts", s.weighted_posts},
          {"macro_f1", s.macro_f1},
          {"macro_f1_low", Number(s.macro_f1_low)},
          {"macro_f1_high", Number(s.macro_f1_high)},
          {"accuracy", s.accuracy},
          {"accuracy_low", Number(s.accuracy_low)},
          {"accuracy_high", Number(s.accuracy_high)},
          {"strata", s.strata},
          {"label_f1", f1}};
}

json ValidationJson(const ValidationSummary& v) {
  json sets = json::object();
  for (const ValidatedScores& s : v.label_sets) sets[s.label_set] = ValidatedScoresJson(s);
  return {{"file", v.file},
          {"predicted_by", v.predicted_by},
          {"sample", v.sample},
          {"interval_assumes_simple_random_sample", v.simple_random_sample_assumed},
          {"labeled_rows", v.labeled_rows},
          {"rows_used", v.rows_used},
          {"label_sets", std::move(sets)}};
}

ValidatedScores ScoresOf(const ValidatedLabelSet& set) {
  const ValidationEstimate& e = set.estimate;
  ValidatedScores s;
  s.label_set = set.name;
  s.labeled_posts = e.items;
  s.weighted_posts = e.weight_total;
  s.macro_f1 = e.macro_f1;
  s.accuracy = e.accuracy;
  if (e.macro_f1_interval) {
    s.macro_f1_low = e.macro_f1_interval->low;
    s.macro_f1_high = e.macro_f1_interval->high;
  }
  if (e.accuracy_interval) {
    s.accuracy_low = e.accuracy_interval->low;
    s.accuracy_high = e.accuracy_interval->high;
  }
  // Labels that neither the person nor the model gave have no F1 (nor a place in macro-F1).
  for (size_t l = 0; l < e.labels.size(); ++l) {
    double seen = 0;
    for (size_t o = 0; o < e.labels.size(); ++o) seen += e.confusion[l][o] + e.confusion[o][l];
    if (seen > 0 || e.confusion[l].back() > 0) s.label_f1.emplace_back(e.labels[l], e.f1[l]);
  }
  s.strata = static_cast<int64_t>(e.strata);
  return s;
}

}  // namespace

ValidationSummary SummarizeValidation(const Validation& validation) {
  ValidationSummary v;
  v.file = validation.file;
  v.predicted_by = validation.predicted_by;
  v.sample = validation.sample;
  v.simple_random_sample_assumed = validation.simple_random_sample_assumed;
  v.labeled_rows = validation.labeled_rows;
  v.rows_used = validation.rows_used;
  for (const ValidatedLabelSet& set : validation.label_sets) v.label_sets.push_back(ScoresOf(set));
  return v;
}

ModelSummary ParseModelSummary(const std::string& manifest_text, const std::string& bundle_dir) {
  const std::string where = (std::filesystem::path(bundle_dir) / "manifest.json").string();
  json root = json::parse(manifest_text, nullptr, false);
  if (root.is_discarded() || !root.is_object())
    throw Error(ErrorCode::kData, "model manifest is not a JSON object", where);
  ModelSummary summary;
  summary.name = BundleName(bundle_dir);
  const auto created_by = root.find("created_by");
  if (created_by != root.end() && created_by->is_string())
    summary.created_by = created_by->get<std::string>();
  const auto sets = root.find("label_sets");
  if (sets == root.end() || !sets->is_array()) return summary;
  for (const json& set : *sets) {
    if (!set.is_object() || !set.contains("name") || !set.at("name").is_string()) continue;
    summary.label_sets.emplace_back(set.at("name").get<std::string>(), ReadRealValidation(set));
  }
  return summary;
}

ModelSummary ReadModelSummary(const std::string& bundle_dir) {
  const std::string path = (std::filesystem::path(bundle_dir) / "manifest.json").string();
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::kNoInput, "cannot open model manifest", path);
  std::stringstream text;
  text << in.rdbuf();
  return ParseModelSummary(text.str(), bundle_dir);
}

std::string DescribeConfusionSource(const ConfusionInput& confusion, const std::string& file,
                                    bool from_model) {
  if (!from_model) return file;
  // A std::set: each place once, in a fixed order whichever label set comes first.
  std::set<std::string> places;
  for (const auto& [set, matrix] : confusion) {
    if (matrix.measured_on.empty()) return file;  // the manifest does not say: name it
    places.insert(matrix.measured_on);
  }
  std::string joined;
  for (const std::string& place : places) joined += (joined.empty() ? "" : " and ") + place;
  return joined.empty() ? file : joined;
}

json ModelSummaryJson(const std::optional<ModelSummary>& model) {
  if (!model || !model->labels_from_model) {
    // Labels carried by the input (classify's output, or another tool's): nothing in the run
    // says how they were made or how good they are, unless the user's labels validate them.
    json input = {{"labels_from", "input"},
                  {"name", nullptr},
                  {"created_by", nullptr},
                  {"validated", false},
                  {"label_sets", json::object()}};
    if (model && model->validation) input["validation"] = ValidationJson(*model->validation);
    return input;
  }
  json sets = json::object();
  bool validated = !model->label_sets.empty();
  for (const auto& [name, real] : model->label_sets) {
    sets[name] = RealValidationJson(real);
    validated = validated && real.has_value();
  }
  json out = {{"labels_from", "model"},
              {"name", model->name},
              {"created_by", model->created_by.empty() ? json(nullptr) : json(model->created_by)},
              {"validated", validated},
              {"label_sets", std::move(sets)}};
  if (model->validation) out["validation"] = ValidationJson(*model->validation);
  return out;
}

}  // namespace liputan::report
