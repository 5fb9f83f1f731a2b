#include "report/validation_sample.h"

#include <algorithm>
#include <set>

#include "common/error.h"
#include "corpora/annotation_file.h"

namespace liputan::report {

namespace {

struct Row {
  const AnnotationRow* row;
  size_t number;  // among the data rows, from 1
};

std::string Where(const std::string& path, const Row& r) {
  return path + ": row " + std::to_string(r.number) + " (post " + r.row->id + ")";
}

int IndexOf(const std::vector<std::string>& labels, const std::string& label) {
  const auto it = std::find(labels.begin(), labels.end(), label);
  return it == labels.end() ? -1 : static_cast<int>(it - labels.begin());
}

std::string Joined(const std::vector<std::string>& labels) {
  std::string out;
  for (const std::string& l : labels) out += (out.empty() ? "" : ", ") + l;
  return out;
}

// The labeled rows to score: the validate rows when there are any, else every labeled row.
std::vector<Row> RowsToScore(const AnnotationFile& file, int64_t& labeled) {
  std::vector<Row> all, validate;
  for (size_t i = 0; i < file.rows.size(); ++i) {
    if (!file.rows[i].labeled(file.label_sets)) continue;
    all.push_back({&file.rows[i], i + 1});
    if (file.rows[i].strategy == "validate") validate.push_back(all.back());
  }
  labeled = static_cast<int64_t>(all.size());
  return validate.empty() ? all : validate;
}

std::string SampleKind(const std::vector<Row>& rows) {
  std::set<std::string> kinds;
  for (const Row& r : rows) kinds.insert(r.row->strategy.empty() ? "hand-made" : r.row->strategy);
  return kinds.size() == 1 ? *kinds.begin() : "mixed";
}

ValidationItem Item(const std::string& path, const Row& r, const ValidationLabelSet& set,
                    const std::string& predicted, const std::string& truth) {
  ValidationItem item;
  item.truth = IndexOf(set.labels, truth);
  if (item.truth < 0) {
    throw Error(ErrorCode::kData,
                set.name + " label \"" + truth + "\" is not one of the model's labels (" +
                    Joined(set.labels) + ")",
                Where(path, r));
  }
  item.predicted = IndexOf(set.labels, predicted);
  if (item.predicted < 0) {
    throw Error(ErrorCode::kData,
                "suggested " + set.name + " label \"" + predicted +
                    "\" is not one of the model's labels (" + Joined(set.labels) +
                    "); give -m MODEL to classify the text",
                Where(path, r));
  }
  if (r.row->strategy == "validate") {
    if (!(r.row->inclusion_p > 0))
      throw Error(ErrorCode::kData, "validate row without an inclusion_p", Where(path, r));
    item.weight = 1.0 / r.row->inclusion_p;
    item.stratum = r.row->stratum;
  }
  return item;
}

std::string Predicted(const std::string& path, const Row& r, size_t s,
                      const ValidationLabelSet& set, const ValidationClassifier& classify) {
  if (classify) return classify(s, r.row->text);
  const auto it = r.row->suggested.find(set.name);
  if (it == r.row->suggested.end() || it->second.empty()) {
    throw Error(ErrorCode::kData,
                "no suggested_" + set.name + " label: give -m MODEL to classify the text",
                Where(path, r));
  }
  return it->second;
}

// The file's label sets are those of its suggested_S columns; a hand-made file has none, so its
// label columns are looked for under the names of `names`.
AnnotationFile ReadFile(const std::string& path, const std::vector<std::string>& names) {
  try {
    return ReadAnnotationFile(path);
  } catch (const Error& e) {
    if (e.code() != ErrorCode::kData) throw;
    return ReadAnnotationFile(path, names);
  }
}

}  // namespace

Validation ReadValidation(const std::string& path, const std::vector<ValidationLabelSet>& sets,
                          const ValidationClassifier& classify,
                          const ValidationEstimateOptions& options) {
  std::vector<std::string> names;
  for (const ValidationLabelSet& set : sets) names.push_back(set.name);
  const AnnotationFile file = ReadFile(path, names);
  Validation v;
  v.file = path;
  v.predicted_by = classify ? "model" : "suggested";
  const std::vector<Row> rows = RowsToScore(file, v.labeled_rows);
  v.rows_used = static_cast<int64_t>(rows.size());
  v.sample = SampleKind(rows);
  v.simple_random_sample_assumed = v.sample != "validate";
  bool any_set = false;
  for (size_t s = 0; s < sets.size(); ++s) {
    if (std::find(file.label_sets.begin(), file.label_sets.end(), sets[s].name) ==
        file.label_sets.end())
      continue;
    any_set = true;
    ValidatedLabelSet out{sets[s].name, {}, {}};
    for (const Row& r : rows) {
      const auto truth = r.row->labels.find(sets[s].name);
      if (truth == r.row->labels.end() || truth->second.empty()) continue;
      out.items.push_back(
          Item(path, r, sets[s], Predicted(path, r, s, sets[s], classify), truth->second));
    }
    if (out.items.empty()) continue;
    out.estimate = EstimateValidation(sets[s].labels, out.items, options);
    v.label_sets.push_back(std::move(out));
  }
  if (!any_set)
    throw Error(ErrorCode::kData, "no label column of the label sets (" + Joined(names) + ")",
                path);
  if (v.label_sets.empty())
    throw Error(ErrorCode::kData,
                "no labeled row to validate with (label some with 'liputan annotate serve')", path);
  return v;
}

}  // namespace liputan::report
