#include "report/confusion_input.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "common/error.h"

namespace liputan::report {

namespace {

using nlohmann::json;

std::vector<std::vector<double>> Matrix(const json& value, size_t k, const std::string& where) {
  if (!value.is_array() || value.size() != k) {
    throw Error(ErrorCode::kData, where + " must be a " + std::to_string(k) + "x" +
                                      std::to_string(k) + " array of numbers");
  }
  std::vector<std::vector<double>> m;
  for (const json& row : value) {
    if (!row.is_array() || row.size() != k) {
      throw Error(ErrorCode::kData,
                  where + " has a row that is not " + std::to_string(k) + " long");
    }
    std::vector<double> numbers;
    for (const json& cell : row) {
      if (!cell.is_number() || cell.get<double>() < 0) {
        throw Error(ErrorCode::kData, where + " holds a value that is not a non-negative number");
      }
      numbers.push_back(cell.get<double>());
    }
    m.push_back(std::move(numbers));
  }
  return m;
}

// Labels may be plain strings or objects with a "slug"/"label"/"name".
std::vector<std::string> LabelNames(const json& list) {
  std::vector<std::string> labels;
  if (!list.is_array()) return labels;
  for (const json& label : list) {
    if (label.is_string()) {
      labels.push_back(label.get<std::string>());
    } else if (label.is_object()) {
      for (const char* key : {"slug", "label", "name"}) {
        if (label.contains(key) && label.at(key).is_string()) {
          labels.push_back(label.at(key).get<std::string>());
          break;
        }
      }
    }
  }
  return labels;
}

// The matrix may sit directly under the label set ("confusion", "confusion_matrix") or one level
// down, e.g. {"confusion_matrix": {"labels": [...], "matrix": [[...]]}} or under "validation".
// `nested`, when given, receives the key of the object it was found under ("" when directly).
const json* FindMatrix(const json& entry, std::vector<std::string>& labels,
                       std::string* nested = nullptr) {
  for (const char* key : {"confusion", "confusion_matrix", "cv_confusion"}) {
    if (!entry.contains(key)) continue;
    const json& value = entry.at(key);
    if (value.is_array()) {
      // The labels that index a matrix are the ones beside it (a model manifest keeps the
      // evaluation's own label order under "validation").
      if (entry.contains("labels")) labels = LabelNames(entry.at("labels"));
      return &value;
    }
    if (value.is_object()) {
      if (value.contains("labels")) labels = LabelNames(value.at("labels"));
      for (const char* inner : {"matrix", "counts", "rows"}) {
        if (value.contains(inner)) return &value.at(inner);
      }
    }
  }
  // A matrix measured on real posts (a manifest's "real_validation") comes before the
  // cross-validated one of the training corpus: it is what the model does on posts like the
  // ones reported.
  for (const char* key :
       {"real_validation", "validation", "evaluation", "cross_validation", "metrics"}) {
    if (entry.contains(key) && entry.at(key).is_object()) {
      if (const json* found = FindMatrix(entry.at(key), labels)) {
        if (nested != nullptr) *nested = key;
        return found;
      }
    }
  }
  return nullptr;
}

// What the report tells its reader of a matrix found under `nested` (FindMatrix): the real posts
// of a manifest's real_validation are what the model meets in a report; its own validation was
// measured on data like the training corpus, by the method the manifest names.
std::string MeasuredOn(const json& entry, const std::string& nested) {
  if (nested.empty()) return "";  // our own schema says nothing of it
  if (nested == "real_validation") return "real posts";
  const auto method = entry.find("validation_method");
  const std::string text =
      method != entry.end() && method->is_string() ? method->get<std::string>() : "";
  if (nested == "cross_validation" || text.find("cross-validation") != std::string::npos)
    return "training corpus (cross-validation)";
  return text.empty() ? "" : "validation data (" + text + ")";
}

ConfusionMatrix ParseLabelSet(const json& entry, const std::string& where) {
  ConfusionMatrix matrix;
  std::vector<std::string> labels;
  std::string nested;
  const json* counts = FindMatrix(entry, labels, &nested);
  if (!counts) throw Error(ErrorCode::kData, where + " has no confusion matrix");
  if (labels.empty() && entry.contains("labels")) labels = LabelNames(entry.at("labels"));
  if (labels.empty()) throw Error(ErrorCode::kData, where + " has no labels");
  matrix.labels = labels;
  matrix.measured_on = MeasuredOn(entry, nested);
  json square = *counts;
  // The models component adds a last column for examples where no label reached its threshold;
  // report counts every post under its top label, so that column has no counterpart here.
  if (square.is_array()) {
    for (json& row : square) {
      if (row.is_array() && row.size() == labels.size() + 1) row.erase(row.size() - 1);
    }
  }
  matrix.counts = Matrix(square, labels.size(), where + " confusion matrix");
  for (const char* key : {"soft_confusion", "probabilistic_confusion"}) {
    if (entry.contains(key)) matrix.soft = Matrix(entry.at(key), labels.size(), where + "." + key);
  }
  return matrix;
}

}  // namespace

ConfusionInput ParseConfusionJson(const std::string& text, const std::string& name) {
  json root;
  try {
    root = json::parse(text);
  } catch (const json::exception& e) {
    throw Error(ErrorCode::kData, std::string("not valid JSON: ") + e.what(), name);
  }
  ConfusionInput input;
  try {
    if (!root.is_object() || !root.contains("label_sets")) {
      throw Error(ErrorCode::kData, "expected an object with \"label_sets\"");
    }
    const json& sets = root.at("label_sets");
    if (sets.is_object()) {
      for (const auto& [set_name, entry] : sets.items()) {
        input[set_name] = ParseLabelSet(entry, "label_sets." + set_name);
      }
    } else if (sets.is_array()) {
      for (const json& entry : sets) {
        const std::string set_name = entry.value("name", "");
        if (set_name.empty()) throw Error(ErrorCode::kData, "label set without a \"name\"");
        input[set_name] = ParseLabelSet(entry, "label_sets." + set_name);
      }
    } else {
      throw Error(ErrorCode::kData, "\"label_sets\" must be an object or an array");
    }
  } catch (const Error& e) {
    throw Error(e.code(), e.message(), name);
  } catch (const json::exception& e) {
    throw Error(ErrorCode::kData, std::string("unexpected structure: ") + e.what(), name);
  }
  return input;
}

ConfusionInput ReadConfusionFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::kNoInput, "cannot open confusion matrix file", path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return ParseConfusionJson(buffer.str(), path);
}

}  // namespace liputan::report
