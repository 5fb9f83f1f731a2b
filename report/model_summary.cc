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

}  // namespace

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
  if (!model) {
    // Labels carried by the input (classify's output, or another tool's): nothing in the run
    // says how they were made or how good they are.
    return {{"labels_from", "input"},
            {"name", nullptr},
            {"created_by", nullptr},
            {"validated", false},
            {"label_sets", json::object()}};
  }
  json sets = json::object();
  bool validated = !model->label_sets.empty();
  for (const auto& [name, real] : model->label_sets) {
    sets[name] = RealValidationJson(real);
    validated = validated && real.has_value();
  }
  return {{"labels_from", "model"},
          {"name", model->name},
          {"created_by", model->created_by.empty() ? json(nullptr) : json(model->created_by)},
          {"validated", validated},
          {"label_sets", std::move(sets)}};
}

}  // namespace liputan::report
