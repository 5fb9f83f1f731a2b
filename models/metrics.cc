#include "models/metrics.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <nlohmann/json.hpp>

#include "common/error.h"

namespace liputan {
namespace {

double Ratio(double a, double b) { return b > 0 ? a / b : 0.0; }
double F1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; }

bool Contains(const std::vector<int>& v, int x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

void AddAveragesAndRates(EvaluationMetrics& m) {
  double tp = 0, predicted = 0, support = 0, p_sum = 0, r_sum = 0, f_sum = 0;
  int counted = 0;
  for (auto& l : m.labels) {
    l.precision = Ratio(l.weighted_true_positives, l.weighted_predicted);
    l.recall = Ratio(l.weighted_true_positives, l.weighted_support);
    l.f1 = F1(l.precision, l.recall);
    tp += l.weighted_true_positives;
    predicted += l.weighted_predicted;
    support += l.weighted_support;
    if (l.support == 0 && l.predicted == 0) continue;
    p_sum += l.precision;
    r_sum += l.recall;
    f_sum += l.f1;
    ++counted;
  }
  m.micro_precision = Ratio(tp, predicted);
  m.micro_recall = Ratio(tp, support);
  m.micro_f1 = F1(m.micro_precision, m.micro_recall);
  m.macro_precision = Ratio(p_sum, counted);
  m.macro_recall = Ratio(r_sum, counted);
  m.macro_f1 = Ratio(f_sum, counted);
}

double CalibrationError(const std::vector<ScoredExample>& examples, int bins) {
  bins = std::max(bins, 1);
  std::vector<double> confidence(bins, 0), correct(bins, 0), count(bins, 0);
  for (const auto& e : examples) {
    if (e.scores.empty()) continue;
    double p = e.scores.front().second;
    int bin = std::clamp(static_cast<int>(std::ceil(p * bins)) - 1, 0, bins - 1);
    confidence[bin] += p * e.weight;
    correct[bin] += Contains(e.truth, e.scores.front().first) ? e.weight : 0;
    count[bin] += e.weight;
  }
  double total = 0, error = 0;
  for (int b = 0; b < bins; ++b) total += count[b];
  for (int b = 0; b < bins; ++b) {
    if (count[b] > 0)
      error += (count[b] / total) * std::abs(correct[b] / count[b] - confidence[b] / count[b]);
  }
  return error;
}

// The weighted counts of a ToJson object: written only for weighted data, otherwise the
// integer counts they equal.
void ReadWeights(const nlohmann::json& j, EvaluationMetrics& m) {
  m.weighted = j.contains("weighted_examples");
  m.weighted_examples = j.value("weighted_examples", static_cast<double>(m.examples));
  for (size_t i = 0; i < m.labels.size(); ++i) {
    LabelMetrics& l = m.labels[i];
    const nlohmann::json& in = j.at("labels").at(i);
    l.weighted_support = in.value("weighted_support", static_cast<double>(l.support));
    l.weighted_predicted = in.value("weighted_predicted", static_cast<double>(l.predicted));
    l.weighted_true_positives =
        in.value("weighted_true_positives", static_cast<double>(l.true_positives));
  }
  if (j.contains("weighted_confusion_matrix")) {
    m.weighted_confusion =
        j.at("weighted_confusion_matrix").get<std::vector<std::vector<double>>>();
  } else {
    for (const auto& row : m.confusion) m.weighted_confusion.emplace_back(row.begin(), row.end());
  }
}

}  // namespace

double DefaultThreshold(bool multi_label) { return multi_label ? 0.5 : 0.0; }

std::vector<int> PredictedLabels(const ScoredExample& example,
                                 const std::vector<double>& thresholds, bool multi_label) {
  std::vector<int> predicted;
  for (const auto& [label, probability] : example.scores) {
    if (probability >= thresholds[label]) predicted.push_back(label);
    if (!multi_label) break;  // only the top label can be predicted
  }
  return predicted;
}

EvaluationMetrics ComputeMetrics(const std::vector<std::string>& labels,
                                 const std::vector<ScoredExample>& examples,
                                 const MetricsOptions& options) {
  const int n = static_cast<int>(labels.size());
  std::vector<double> thresholds = options.thresholds;
  if (thresholds.empty()) thresholds.assign(n, DefaultThreshold(options.multi_label));
  if (static_cast<int>(thresholds.size()) != n) {
    throw Error(ErrorCode::kInternal, "threshold count does not match the label count");
  }
  EvaluationMetrics m;
  m.multi_label = options.multi_label;
  m.k = std::max(options.k, 1);
  m.examples = static_cast<int64_t>(examples.size());
  for (int i = 0; i < n; ++i) m.labels.push_back({labels[i], 0, 0, 0, 0, 0, 0, thresholds[i]});
  if (!m.multi_label) {
    m.confusion.assign(n, std::vector<int64_t>(n + 1, 0));
    m.weighted_confusion.assign(n, std::vector<double>(n + 1, 0.0));
  }
  // Every sum below adds e.weight where it used to add 1: with weights of 1 the sums, and so
  // every rate, are exactly what they were.
  double exact = 0, p_at_k = 0, r_at_k = 0;
  for (const auto& e : examples) {
    const double w = e.weight;
    m.weighted = m.weighted || w != 1.0;
    m.weighted_examples += w;
    std::vector<int> predicted = PredictedLabels(e, thresholds, m.multi_label);
    for (int t : e.truth) {
      m.labels.at(t).support++;
      m.labels[t].weighted_support += w;
    }
    for (int p : predicted) {
      m.labels.at(p).predicted++;
      m.labels[p].weighted_predicted += w;
      if (Contains(e.truth, p)) {
        m.labels[p].true_positives++;
        m.labels[p].weighted_true_positives += w;
      }
    }
    std::vector<int> sorted_truth = e.truth, sorted_predicted = predicted;
    std::sort(sorted_truth.begin(), sorted_truth.end());
    std::sort(sorted_predicted.begin(), sorted_predicted.end());
    exact += sorted_truth == sorted_predicted ? w : 0;
    if (!m.multi_label && !e.truth.empty()) {
      const int column = predicted.empty() ? n : predicted.front();
      m.confusion[e.truth.front()][column]++;
      m.weighted_confusion[e.truth.front()][column] += w;
    }
    int hits = 0;
    for (int i = 0; i < m.k && i < static_cast<int>(e.scores.size()); ++i) {
      hits += Contains(e.truth, e.scores[i].first) ? 1 : 0;
    }
    p_at_k += w * (static_cast<double>(hits) / m.k);
    r_at_k += w * Ratio(hits, static_cast<double>(e.truth.size()));
  }
  AddAveragesAndRates(m);
  m.accuracy = Ratio(exact, m.weighted_examples);
  m.precision_at_k = Ratio(p_at_k, m.weighted_examples);
  m.recall_at_k = Ratio(r_at_k, m.weighted_examples);
  m.expected_calibration_error = CalibrationError(examples, options.calibration_bins);
  return m;
}

std::vector<double> TuneThresholds(size_t label_count, const std::vector<ScoredExample>& examples,
                                   bool multi_label) {
  std::vector<double> thresholds(label_count, DefaultThreshold(multi_label));
  // Per label: (score at which the example would be predicted, whether it truly has the label).
  std::vector<std::vector<std::pair<double, bool>>> candidates(label_count);
  std::vector<int64_t> positives(label_count, 0);
  for (const auto& e : examples) {
    for (int t : e.truth) positives.at(t)++;
    for (size_t i = 0; i < e.scores.size(); ++i) {
      if (!multi_label && i > 0) break;
      auto [label, p] = e.scores[i];
      candidates.at(label).emplace_back(p, Contains(e.truth, label));
    }
  }
  for (size_t l = 0; l < label_count; ++l) {
    if (positives[l] == 0) continue;
    auto& c = candidates[l];
    std::sort(c.begin(), c.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    double best_f1 = -1, tp = 0, fp = 0;
    for (size_t i = 0; i < c.size(); ++i) {
      (c[i].second ? tp : fp) += 1;
      if (i + 1 < c.size() && c[i + 1].first == c[i].first) continue;  // same threshold
      double f1 = 2 * tp / (2 * tp + fp + (positives[l] - tp));
      if (f1 >= best_f1) {
        best_f1 = f1;
        thresholds[l] = c[i].first;
      }
    }
  }
  return thresholds;
}

std::string EvaluationMetrics::ToJson() const {
  nlohmann::ordered_json j;
  j["examples"] = examples;
  j["multi_label"] = multi_label;
  j["accuracy"] = accuracy;
  j["micro"] = {{"precision", micro_precision}, {"recall", micro_recall}, {"f1", micro_f1}};
  j["macro"] = {{"precision", macro_precision}, {"recall", macro_recall}, {"f1", macro_f1}};
  j["at_k"] = {{"k", k}, {"precision", precision_at_k}, {"recall", recall_at_k}};
  j["expected_calibration_error"] = expected_calibration_error;
  j["labels"] = nlohmann::ordered_json::array();
  for (const auto& l : labels) {
    j["labels"].push_back({{"label", l.label},
                           {"precision", l.precision},
                           {"recall", l.recall},
                           {"f1", l.f1},
                           {"support", l.support},
                           {"predicted", l.predicted},
                           {"true_positives", l.true_positives},
                           {"threshold", l.threshold}});
  }
  j["confusion_matrix"] = confusion;
  if (weighted) {
    // Only for weighted data, so that unweighted output stays as it was.
    j["weighted_examples"] = weighted_examples;
    j["weighted_confusion_matrix"] = weighted_confusion;
    for (size_t i = 0; i < labels.size(); ++i) {
      j["labels"][i]["weighted_support"] = labels[i].weighted_support;
      j["labels"][i]["weighted_predicted"] = labels[i].weighted_predicted;
      j["labels"][i]["weighted_true_positives"] = labels[i].weighted_true_positives;
    }
  }
  return j.dump();
}

EvaluationMetrics EvaluationMetrics::FromJson(const std::string& json) {
  EvaluationMetrics m;
  try {
    auto j = nlohmann::json::parse(json);
    m.examples = j.at("examples").get<int64_t>();
    m.multi_label = j.at("multi_label").get<bool>();
    m.accuracy = j.at("accuracy").get<double>();
    m.micro_precision = j.at("micro").at("precision").get<double>();
    m.micro_recall = j.at("micro").at("recall").get<double>();
    m.micro_f1 = j.at("micro").at("f1").get<double>();
    m.macro_precision = j.at("macro").at("precision").get<double>();
    m.macro_recall = j.at("macro").at("recall").get<double>();
    m.macro_f1 = j.at("macro").at("f1").get<double>();
    m.k = j.at("at_k").at("k").get<int>();
    m.precision_at_k = j.at("at_k").at("precision").get<double>();
    m.recall_at_k = j.at("at_k").at("recall").get<double>();
    m.expected_calibration_error = j.at("expected_calibration_error").get<double>();
    for (const auto& l : j.at("labels")) {
      m.labels.push_back({l.at("label").get<std::string>(), l.at("support").get<int64_t>(),
                          l.at("predicted").get<int64_t>(), l.at("true_positives").get<int64_t>(),
                          l.at("precision").get<double>(), l.at("recall").get<double>(),
                          l.at("f1").get<double>(), l.at("threshold").get<double>()});
    }
    m.confusion = j.at("confusion_matrix").get<std::vector<std::vector<int64_t>>>();
    ReadWeights(j, m);
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorCode::kData, std::string("bad metrics object: ") + e.what());
  }
  return m;
}

std::string EvaluationMetrics::ToTable() const {
  std::string out;
  char line[512];
  size_t width = 5;
  for (const auto& l : labels) width = std::max(width, l.label.size());
  int w = static_cast<int>(std::min<size_t>(width, 40));
  std::snprintf(line, sizeof line, "%-*s  %9s  %9s  %9s  %8s\n", w, "label", "precision", "recall",
                "f1", "support");
  out += line;
  for (const auto& l : labels) {
    std::snprintf(line, sizeof line, "%-*s  %9.3f  %9.3f  %9.3f  %8lld\n", w, l.label.c_str(),
                  l.precision, l.recall, l.f1, static_cast<long long>(l.support));
    out += line;
  }
  std::snprintf(line, sizeof line, "%-*s  %9.3f  %9.3f  %9.3f\n%-*s  %9.3f  %9.3f  %9.3f\n", w,
                "micro", micro_precision, micro_recall, micro_f1, w, "macro", macro_precision,
                macro_recall, macro_f1);
  out += line;
  std::snprintf(line, sizeof line,
                "\nexamples %lld  accuracy %.3f  P@%d %.3f  R@%d %.3f  calibration error %.3f\n",
                static_cast<long long>(examples), accuracy, k, precision_at_k, k, recall_at_k,
                expected_calibration_error);
  out += line;
  if (weighted) {
    std::snprintf(line, sizeof line,
                  "weighted: the %lld examples stand for %.1f posts (1/inclusion_p); every rate "
                  "above is weighted, support counts the examples\n",
                  static_cast<long long>(examples), weighted_examples);
    out += line;
  }
  if (!confusion.empty()) {
    out += "\nconfusion matrix (rows: true label, columns: predicted; '-' = below threshold)\n";
    for (size_t t = 0; t < confusion.size(); ++t) {
      std::snprintf(line, sizeof line, "%-*s", w, labels[t].label.c_str());
      out += line;
      for (int64_t c : confusion[t]) {
        std::snprintf(line, sizeof line, " %6lld", static_cast<long long>(c));
        out += line;
      }
      out += "\n";
    }
  }
  if (weighted && !weighted_confusion.empty()) {
    out += "\nweighted confusion matrix (each example counted by its weight)\n";
    for (size_t t = 0; t < weighted_confusion.size(); ++t) {
      std::snprintf(line, sizeof line, "%-*s", w, labels[t].label.c_str());
      out += line;
      for (double c : weighted_confusion[t]) {
        std::snprintf(line, sizeof line, " %8.1f", c);
        out += line;
      }
      out += "\n";
    }
  }
  return out;
}

}  // namespace liputan
