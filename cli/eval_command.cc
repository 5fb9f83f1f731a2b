// `liputan eval`: quality of a model bundle on labeled data (models/evaluator.h).
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "common/error.h"
#include "models/evaluator.h"
#include "models/labeled_data.h"
#include "models/model_bundle.h"
#include "report/validation_estimate.h"

namespace liputan::cli {
namespace {

// The labeled posts of an annotation file as report/validation_estimate.h items: truth, the label
// eval counted as predicted (none when below its threshold), and the weight. The examples do not
// carry their stratum, but a validate sample gives every post of a stratum the same inclusion
// probability, so posts are grouped by weight; strata that happen to share one are resampled as
// one, which can only widen the interval.
std::vector<report::ValidationItem> ValidationItems(const LabelSetEvaluation& r) {
  std::vector<double> thresholds;
  for (const auto& l : r.metrics.labels) thresholds.push_back(l.threshold);
  std::vector<report::ValidationItem> items;
  for (const ScoredExample& e : r.scored) {
    const std::vector<int> predicted = PredictedLabels(e, thresholds, false);
    char stratum[32];
    std::snprintf(stratum, sizeof stratum, "%.17g", e.weight);
    items.push_back({e.truth.front(), predicted.empty() ? -1 : predicted.front(), e.weight,
                     e.weight == 1.0 ? "" : stratum});
  }
  return items;
}

// "labeled posts 120 (standing for 5400.0 posts); macro-F1 0.742 (95% interval 0.683-0.801);
// accuracy 0.800 (0.741-0.852)", and in JSON the same under "validation".
nlohmann::ordered_json Validation(const LabelSetEvaluation& r, bool weighted) {
  nlohmann::ordered_json out;
  if (r.metrics.multi_label) {
    out["interval"] = "not computed for a multi-label set";
    return out;
  }
  const report::ValidationEstimate e = report::EstimateValidation(r.labels, ValidationItems(r));
  out["labeled_posts"] = e.items;
  out["weighted_posts"] = e.weight_total;
  // One labeled post has no interval: its bounds are the estimate itself.
  const auto interval = [](const std::optional<report::ValidationInterval>& i, double point) {
    return nlohmann::ordered_json::array({i ? i->low : point, i ? i->high : point});
  };
  out["macro_f1"] = e.macro_f1;
  out["macro_f1_interval"] = interval(e.macro_f1_interval, e.macro_f1);
  out["accuracy"] = e.accuracy;
  out["accuracy_interval"] = interval(e.accuracy_interval, e.accuracy);
  out["interval_assumes_simple_random_sample"] = !weighted;
  return out;
}

std::string ValidationLine(const nlohmann::ordered_json& v) {
  if (v.contains("interval")) return "interval: " + v.at("interval").get<std::string>() + "\n";
  char line[512];
  std::snprintf(line, sizeof line,
                "labeled posts %lld (standing for %.1f posts); macro-F1 %.3f (95%% interval "
                "%.3f-%.3f); accuracy %.3f (%.3f-%.3f)\n",
                v.at("labeled_posts").get<long long>(), v.at("weighted_posts").get<double>(),
                v.at("macro_f1").get<double>(), v.at("macro_f1_interval")[0].get<double>(),
                v.at("macro_f1_interval")[1].get<double>(), v.at("accuracy").get<double>(),
                v.at("accuracy_interval")[0].get<double>(),
                v.at("accuracy_interval")[1].get<double>());
  std::string text = line;
  if (v.at("interval_assumes_simple_random_sample").get<bool>())
    text +=
        "the interval assumes the labeled posts are a simple random sample (no validate rows)\n";
  return text;
}

const char kUsage[] =
    "liputan eval -m MODEL -i FILE... [--json] [--thresholds tune]\n\n"
    "Per label precision, recall, F1 and support; micro and macro averages; accuracy; the\n"
    "confusion matrix; precision/recall at k; expected calibration error. Label columns default\n"
    "to the model's label set names. --thresholds tune picks, per label, the probability\n"
    "threshold that maximises its F1 on this data and writes it into the bundle. An annotation\n"
    "file (docs/annotate.md) gives scores on your own labeled posts, each weighted by\n"
    "1/inclusion_p when it is a validate sample, with the number of labeled posts and 95%\n"
    "intervals for macro-F1 and accuracy.";

int RunEval(const std::vector<std::string>& args) {
  std::string model_dir, format = "auto", on_error = "fail", thresholds = "keep";
  std::vector<std::string> inputs;
  LabeledReaderOptions reader;
  EvaluateOptions options;
  bool json = false;
  po::options_description desc("options");
  desc.add_options()("model,m", po::value(&model_dir)->required(), "the model bundle")(
      "input,i", po::value(&inputs)->multitoken()->required(), "labeled data files ('-' = stdin)")(
      "label-field", po::value(&reader.label_fields),
      "a label column/key (default: the model's label sets)")(
      "text-field", po::value(&reader.text_field)->default_value(reader.text_field),
      "the text column/key")("format", po::value(&format)->default_value(format),
                             "auto|fasttext|csv|tsv|jsonl")(
      "encoding", po::value(&reader.encoding), "input encoding (ICU name) when not UTF-8")(
      "on-error", po::value(&on_error)->default_value(on_error),
      "bad records: skip (and count) or fail")("k", po::value(&options.k)->default_value(options.k),
                                               "k of precision/recall at k")(
      "json", po::bool_switch(&json), "machine-readable output")(
      "thresholds", po::value(&thresholds)->default_value(thresholds),
      "keep: use the bundle's thresholds; tune: tune them on this data and save them");
  po::positional_options_description positional;
  po::variables_map vm;
  if (auto code = ParseCommandLine(kUsage, desc, positional, args, vm)) return *code;
  if (thresholds != "keep" && thresholds != "tune") {
    throw Error(ErrorCode::kUsage, "--thresholds must be keep or tune");
  }
  if (options.k < 1) throw Error(ErrorCode::kUsage, "--k must be at least 1");
  ModelBundle bundle = ModelBundle::Load(model_dir);
  reader.format = ParseLabeledFormat(format);
  reader.on_error = ParseOnError(on_error);
  if (reader.label_fields.empty()) {
    for (const auto& s : bundle.manifest().label_sets) reader.label_fields.push_back(s.name);
  }
  LabeledData data = ReadLabeledData(inputs, reader);
  // Posts labeled in an annotation file: a sample of real posts, whose scores get an interval.
  bool annotation = false, weighted = false;
  for (const auto& input : inputs) annotation = annotation || IsAnnotationFile(input);
  for (const auto& e : data.examples) weighted = weighted || e.weight != 1.0;
  if (data.bad_records > 0) {
    std::fprintf(stderr, "liputan eval: skipped %lld bad records\n", data.bad_records);
  }
  const bool tune = thresholds == "tune";
  options.use_manifest_thresholds = !tune;
  auto results = EvaluateBundle(bundle, data.examples, options);
  if (tune) {
    for (auto& r : results) {
      const auto& sets = bundle.manifest().label_sets;
      size_t s = 0;
      while (sets[s].name != r.label_set) ++s;
      std::vector<double> tuned = TuneThresholds(r.labels.size(), r.scored, sets[s].multi_label);
      tuned.resize(r.model_labels);
      bundle.SaveThresholds(s, tuned);
      MetricsOptions m;
      m.multi_label = sets[s].multi_label;
      m.k = options.k;
      m.thresholds = tuned;
      m.thresholds.resize(r.labels.size(), DefaultThreshold(m.multi_label));
      r.metrics = ComputeMetrics(r.labels, r.scored, m);
    }
  }
  if (json) {
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    for (const auto& r : results) {
      out[r.label_set] = nlohmann::ordered_json::parse(r.metrics.ToJson());
      if (annotation) out[r.label_set]["validation"] = Validation(r, weighted);
    }
    std::cout << out.dump(2) << "\n";
  } else {
    for (const auto& r : results) {
      std::cout << "== " << r.label_set << (tune ? " (thresholds tuned on this data)" : "") << "\n"
                << r.metrics.ToTable();
      if (annotation) std::cout << "\n" << ValidationLine(Validation(r, weighted));
      std::cout << "\n";
    }
  }
  return 0;
}

const CommandRegistrar kRegistrar{{"eval", "evaluate a model bundle on labeled data", &RunEval}};

}  // namespace
}  // namespace liputan::cli
