#include "models/manifest.h"

#include <nlohmann/json.hpp>
#include <set>

#include "common/error.h"

namespace liputan {
namespace {

using Json = nlohmann::ordered_json;

Json LabelSetToJson(const ManifestLabelSet& s) {
  Json j;
  j["name"] = s.name;
  j["file"] = s.file;
  j["file_sha256"] = s.file_sha256;
  j["file_checksum"] = s.file_checksum;
  j["file_bytes"] = s.file_bytes;
  j["multi_label"] = s.multi_label;
  j["quantized"] = s.quantized;
  j["examples"] = s.examples;
  j["labels"] = Json::array();
  for (const auto& l : s.labels) {
    j["labels"].push_back({{"name", l.name}, {"count", l.count}, {"threshold", l.threshold}});
  }
  j["fasttext"] = Json::parse(s.fasttext.ToJson());
  j["validation_method"] = s.validation_method;
  j["validation"] = s.validation ? Json::parse(s.validation->ToJson()) : Json(nullptr);
  j["autotune"] = s.autotune_json.empty() ? Json(nullptr) : Json::parse(s.autotune_json);
  if (!s.real_validation_json.empty()) j["real_validation"] = Json::parse(s.real_validation_json);
  return j;
}

// A file name inside the bundle: no directories, no hidden files, a model extension.
void CheckModelFileName(const std::string& file) {
  bool ok = !file.empty() && file.find('/') == std::string::npos && file[0] != '.' &&
            (file.ends_with(".bin") || file.ends_with(".ftz"));
  if (!ok) throw Error(ErrorCode::kData, "bad model file name '" + file + "'");
}

ManifestLabelSet LabelSetFromJson(const nlohmann::json& j) {
  ManifestLabelSet s;
  s.name = j.at("name").get<std::string>();
  s.file = j.at("file").get<std::string>();
  CheckModelFileName(s.file);
  s.file_sha256 = j.at("file_sha256").get<std::string>();
  s.file_checksum = j.at("file_checksum").get<std::string>();
  s.file_bytes = j.at("file_bytes").get<int64_t>();
  s.multi_label = j.at("multi_label").get<bool>();
  s.quantized = j.at("quantized").get<bool>();
  s.examples = j.at("examples").get<int64_t>();
  std::set<std::string> seen;
  for (const auto& l : j.at("labels")) {
    ManifestLabel label{l.at("name").get<std::string>(), l.at("count").get<int64_t>(),
                        l.at("threshold").get<double>()};
    if (!seen.insert(label.name).second) {
      throw Error(ErrorCode::kData, "label '" + label.name + "' listed twice in '" + s.name + "'");
    }
    s.labels.push_back(label);
  }
  if (s.labels.empty()) throw Error(ErrorCode::kData, "label set '" + s.name + "' has no labels");
  s.fasttext = FastTextOptions::FromJson(j.at("fasttext").dump());
  s.validation_method = j.at("validation_method").get<std::string>();
  if (!j.at("validation").is_null())
    s.validation = EvaluationMetrics::FromJson(j["validation"].dump());
  if (j.contains("autotune") && !j["autotune"].is_null()) s.autotune_json = j["autotune"].dump();
  if (j.contains("real_validation")) {
    const auto& real = j["real_validation"];
    if (!real.is_object() || !real.at("macro_f1").is_number() || !real.at("examples").is_number())
      throw Error(ErrorCode::kData, "bad real_validation of '" + s.name + "'");
    s.real_validation_json = real.dump();
  }
  return s;
}

}  // namespace

std::string Manifest::ToJson() const {
  Json j;
  j["format"] = kFormatName;
  j["format_version"] = format_version;
  j["created_by"] = created_by;
  j["tokenizer"] = {{"options", Json::parse(tokenizer.ToJson())},
                    {"lexicon_hashes", Json(lexicon_hashes)}};
  if (features.Any()) j["features"] = {{"list", features.ToString()}, {"cue_hash", cue_hash}};
  if (rule_weight > 0) j["rules"] = {{"weight", rule_weight}, {"cue_hash", cue_hash}};
  j["training_data"] = {{"files", training_data.files},
                        {"examples", training_data.examples},
                        {"bytes", training_data.bytes},
                        {"skipped_empty", training_data.skipped_empty},
                        {"sha256", training_data.sha256}};
  if (!training_data.kept_file.empty()) j["training_data"]["kept_file"] = training_data.kept_file;
  if (!base_json.empty()) j["base"] = Json::parse(base_json);
  j["label_sets"] = Json::array();
  for (const auto& s : label_sets) j["label_sets"].push_back(LabelSetToJson(s));
  return j.dump(2) + "\n";
}

Manifest Manifest::FromJson(const std::string& json, const std::string& location) {
  Manifest m;
  try {
    auto j = nlohmann::json::parse(json);
    if (!j.is_object() || j.value("format", "") != kFormatName) {
      throw Error(ErrorCode::kData, "not a liputan model manifest");
    }
    m.format_version = j.at("format_version").get<int>();
    if (m.format_version > kFormatVersion) {
      throw Error(ErrorCode::kData, "manifest format version " + std::to_string(m.format_version) +
                                        " is newer than this liputan reads (" +
                                        std::to_string(kFormatVersion) + "); upgrade liputan");
    }
    if (m.format_version < 1) throw Error(ErrorCode::kData, "bad manifest format version");
    m.created_by = j.at("created_by").get<std::string>();
    m.tokenizer = TokenizerOptions::FromJson(j.at("tokenizer").at("options").dump());
    m.lexicon_hashes =
        j.at("tokenizer").at("lexicon_hashes").get<std::map<std::string, std::string>>();
    if (j.contains("features")) {
      m.features = FeatureOptions::Parse(j["features"].at("list").get<std::string>());
      m.cue_hash = j["features"].at("cue_hash").get<std::string>();
    }
    if (j.contains("rules")) {
      m.rule_weight = j["rules"].at("weight").get<double>();
      if (!(m.rule_weight >= 0 && m.rule_weight < 100))
        throw Error(ErrorCode::kData, "rules.weight must be at least 0 and below 100");
      m.cue_hash = j["rules"].at("cue_hash").get<std::string>();
    }
    const auto& data = j.at("training_data");
    m.training_data = {data.at("files").get<std::vector<std::string>>(),
                       data.at("examples").get<int64_t>(), data.at("bytes").get<int64_t>(),
                       data.at("skipped_empty").get<int64_t>(),
                       data.at("sha256").get<std::string>()};
    if (data.contains("kept_file")) {
      m.training_data.kept_file = data["kept_file"].get<std::string>();
      if (m.training_data.kept_file.empty() ||
          m.training_data.kept_file.find('/') != std::string::npos ||
          m.training_data.kept_file[0] == '.')
        throw Error(ErrorCode::kData, "bad training_data.kept_file name");
    }
    if (j.contains("base")) {
      if (!j["base"].is_object()) throw Error(ErrorCode::kData, "base must be an object");
      m.base_json = j["base"].dump();
    }
    std::set<std::string> names;
    for (const auto& s : j.at("label_sets")) {
      m.label_sets.push_back(LabelSetFromJson(s));
      if (!names.insert(m.label_sets.back().name).second) {
        throw Error(ErrorCode::kData, "label set '" + m.label_sets.back().name + "' listed twice");
      }
    }
    if (m.label_sets.empty()) throw Error(ErrorCode::kData, "the manifest lists no label sets");
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorCode::kData, std::string("bad manifest: ") + e.what(), location);
  } catch (const Error& e) {
    throw Error(ErrorCode::kData, e.message(), location);
  }
  return m;
}

}  // namespace liputan
