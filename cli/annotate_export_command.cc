// `liputan annotate export`: classified posts or annotation files to a REFI-QDA project (.qdpx)
// for NVivo, ATLAS.ti, MAXQDA or QualCoder (docs/annotate.md, "REFI-QDA exchange").
#include <cstdio>

#include "annotate/qdpx_export.h"
#include "cli/command.h"
#include "common/error.h"

namespace liputan::cli {
namespace {

const char kUsage[] =
    "liputan annotate export -o PROJECT.qdpx [--label-field S]... INPUT...\n\n"
    "Writes a REFI-QDA project (.qdpx) that NVivo, ATLAS.ti, MAXQDA and QualCoder import: every\n"
    "post a text source (its agency a case; id, date and metrics variables), every label set a\n"
    "code with a child code per label, every label a coding of the whole post. INPUT is\n"
    "classify's JSONL (its predictions become the model's codings, with their probabilities in\n"
    "notes) or an annotation file (its labels become a person's codings, its suggestions the\n"
    "model's). `liputan train`, `eval` and `report --validation` read the project back.";

int RunExport(const std::vector<std::string>& args) {
  QdpxExportOptions options;
  std::string output;
  std::vector<std::string> inputs;
  po::options_description desc("options");
  desc.add_options()("output,o", po::value(&output)->required(), "the .qdpx to write")(
      "label-field", po::value(&options.label_fields),
      "annotation files: the label sets to export (repeatable; default: all); given, every "
      ".csv input is read as an annotation file (a hand-made one: id, text, label columns)")(
      "project-name", po::value(&options.project_name)->default_value(options.project_name),
      "the project's name as the QDA program shows it")("input", po::value(&inputs)->required(),
                                                        "classified JSONL or annotation files");
  po::positional_options_description positional;
  positional.add("input", -1);
  po::variables_map vm;
  if (auto code = ParseCommandLine(kUsage, desc, positional, args, vm)) return *code;
  QdpxExportStats stats = ExportQdpx(inputs, output, options);
  std::fprintf(stderr, "liputan annotate export: %lld sources, %lld codings written to %s\n",
               static_cast<long long>(stats.sources), static_cast<long long>(stats.codings),
               output.c_str());
  return 0;
}

const CommandRegistrar kRegistrar{{"annotate export",
                                   "write a REFI-QDA project (.qdpx) for NVivo, ATLAS.ti, MAXQDA",
                                   &RunExport}};

}  // namespace
}  // namespace liputan::cli
