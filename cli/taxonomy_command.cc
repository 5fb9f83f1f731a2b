// `liputan taxonomy show|check`: print the default label sets, or check a taxonomy and labeled
// files against it (docs/codebook.md explains the labels).
#include <iostream>

#include "cli/command.h"
#include "common/error.h"
#include "corpora/seed/seed_corpus.h"
#include "corpora/taxonomy/taxonomy.h"

namespace liputan::cli {
namespace {

const char kUsage[] =
    "liputan taxonomy show [--set sektor|fungsi] [--format text|tsv|json] [--dir DIR]\n"
    "       liputan taxonomy check [--dir DIR] [--near-duplicates J] [LABELED_TSV...]\n\n"
    "show: print the label sets (both by default). check: verify the taxonomy (unique slugs, "
    "valid\n"
    "urusan codes, every urusan in one sector, tie-break order) and, for each labeled TSV given\n"
    "(seed format: id, sektor, fungsi, text columns), that every label exists; with\n"
    "--near-duplicates J also report text pairs whose token-set Jaccard is >= J.\n"
    "Exit status 0 when all is well, 65 when a problem was found.\n"
    "Without --dir the label sets compiled into liputan are used.";

struct TaxonomyOptions {
  std::string action;
  std::string set;
  std::string format = "text";
  std::string dir;
  double near_duplicates = 0.0;  // 0 = do not look for them
  std::vector<std::string> files;
};

Taxonomy LoadTaxonomy(const TaxonomyOptions& opts) {
  return opts.dir.empty() ? Taxonomy::Embedded() : Taxonomy::FromDirectory(opts.dir);
}

int Show(const TaxonomyOptions& opts) {
  if (!opts.files.empty()) throw Error(ErrorCode::kUsage, "show takes no file arguments");
  const Taxonomy taxonomy = LoadTaxonomy(opts);
  if (!opts.set.empty()) {
    std::cout << FormatLabelSet(taxonomy.Set(opts.set), opts.format);
    return 0;
  }
  // Two JSON documents would not parse as one; wrap them in an object keyed by set name.
  if (opts.format == "json") {
    std::cout << "{\"sektor\": " << FormatLabelSet(taxonomy.sektor(), "json")
              << ", \"fungsi\": " << FormatLabelSet(taxonomy.fungsi(), "json") << "}\n";
    return 0;
  }
  std::cout << FormatLabelSet(taxonomy.sektor(), opts.format);
  if (opts.format == "text") std::cout << "\n";
  std::cout << FormatLabelSet(taxonomy.fungsi(), opts.format);
  return 0;
}

size_t ReportNearDuplicates(const std::vector<SeedExample>& examples, const std::string& file,
                            double threshold) {
  std::vector<std::string> texts;
  for (const auto& ex : examples) texts.push_back(ex.text);
  const auto pairs = FindNearDuplicates(texts, threshold);
  for (const auto& p : pairs) {
    std::cout << LineLocation(file, examples[p.first].line) << ": near-duplicate of line "
              << examples[p.second].line << " (Jaccard " << p.jaccard << ")\n";
  }
  return pairs.size();
}

int Check(const TaxonomyOptions& opts) {
  const Taxonomy taxonomy = LoadTaxonomy(opts);
  size_t problems = 0;
  for (const auto& p : taxonomy.Check()) {
    std::cout << p.location << ": " << p.message << "\n";
    ++problems;
  }
  for (const auto& file : opts.files) {
    const auto examples = ReadSeedCorpus(file);
    for (const auto& p : CheckSeedLabels(taxonomy, examples, file)) {
      std::cout << p.location << ": " << p.message << "\n";
      ++problems;
    }
    if (opts.near_duplicates > 0)
      problems += ReportNearDuplicates(examples, file, opts.near_duplicates);
  }
  if (problems > 0) {
    std::cerr << "liputan taxonomy: " << problems << " problem(s) found\n";
    return static_cast<int>(ErrorCode::kData);
  }
  std::cout << "ok: sektor " << taxonomy.sektor().labels.size() << " labels, fungsi "
            << taxonomy.fungsi().labels.size() << " labels";
  if (!opts.files.empty()) std::cout << "; " << opts.files.size() << " labeled file(s) consistent";
  std::cout << "\n";
  return 0;
}

int RunTaxonomy(const std::vector<std::string>& args) {
  TaxonomyOptions opts;
  po::options_description options("options");
  options.add_options()("set", po::value(&opts.set),
                        "show: only this label set (sektor or fungsi)")(
      "format", po::value(&opts.format)->default_value(opts.format), "show: text, tsv or json")(
      "dir", po::value(&opts.dir),
      "read sektor.tsv and fungsi.tsv from DIR instead of the built-in sets")(
      "near-duplicates", po::value(&opts.near_duplicates),
      "check: also report text pairs with token-set Jaccard >= this (the seed corpus uses 0.8)");
  options.add_options()("action", po::value(&opts.action), "show or check (positional)")(
      "files", po::value(&opts.files)->multitoken(), "check: labeled TSV files (positional)");
  po::positional_options_description positional;
  positional.add("action", 1).add("files", -1);
  po::variables_map vm;
  if (auto code = ParseCommandLine(kUsage, options, positional, args, vm)) return *code;
  if (opts.action == "show") return Show(opts);
  if (opts.action == "check") return Check(opts);
  throw Error(ErrorCode::kUsage, opts.action.empty() ? "missing action: show or check"
                                                     : "unknown action \"" + opts.action +
                                                           "\" (expected show or check)");
}

const CommandRegistrar kRegistrar{
    {"taxonomy", "show or check the default label sets (sektor, fungsi)", &RunTaxonomy}};

}  // namespace
}  // namespace liputan::cli
