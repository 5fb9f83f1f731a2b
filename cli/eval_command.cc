// `liputan eval`: quality of a model bundle on labeled data (models/evaluator.h).
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "common/error.h"
#include "models/evaluator.h"
#include "models/labeled_data.h"
#include "models/model_bundle.h"

namespace liputan::cli {
namespace {

const char kUsage[] =
    "liputan eval -m MODEL -i FILE... [--json] [--thresholds tune]\n\n"
    "Per label precision, recall, F1 and support; micro and macro averages; accuracy; the\n"
    "confusion matrix; precision/recall at k; expected calibration error. Label columns default\n"
    "to the model's label set names. --thresholds tune picks, per label, the probability\n"
    "threshold that maximises its F1 on this data and writes it into the bundle.";

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
    for (const auto& r : results)
      out[r.label_set] = nlohmann::ordered_json::parse(r.metrics.ToJson());
    std::cout << out.dump(2) << "\n";
  } else {
    for (const auto& r : results) {
      std::cout << "== " << r.label_set << (tune ? " (thresholds tuned on this data)" : "") << "\n"
                << r.metrics.ToTable() << "\n";
    }
  }
  return 0;
}

const CommandRegistrar kRegistrar{{"eval", "evaluate a model bundle on labeled data", &RunEval}};

}  // namespace
}  // namespace liputan::cli
