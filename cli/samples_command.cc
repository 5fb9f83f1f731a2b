// `liputan samples -o DIR`: write the demo archives of the fictional Kabupaten Rancaweni agencies
// (twarc2 JSONL per agency, truth.csv, agencies.csv). See samples/README.md.
#include <iostream>

#include "cli/command.h"
#include "samples/sample_generator.h"

namespace liputan::cli {
namespace {

const char kUsage[] =
    "liputan samples -o DIR [--seed N] [--start YYYY-MM-DD] [--months M] [--page-size N]\n"
    "                [--seed-corpus FILE] [--pool FILE] [--agencies FILE]\n\n"
    "Writes DIR/<handle>.jsonl (twarc2 API pages) for each agency of the registry, DIR/truth.csv\n"
    "(id, handle, kind, sektor, fungsi of every post) and DIR/agencies.csv. Posts come from the\n"
    "seed corpus's test split and the sample pool, never the training split. The same seed and\n"
    "inputs give byte-identical files.";

int RunSamples(const std::vector<std::string>& args) {
  SampleOptions opts;
  std::string out_dir;
  po::options_description options("options");
  options.add_options()("output,o", po::value(&out_dir)->required(),
                        "directory to write (created if missing)")(
      "seed", po::value(&opts.seed)->default_value(opts.seed), "random seed")(
      "start", po::value(&opts.start)->default_value(opts.start), "first day of the period (UTC)")(
      "months", po::value(&opts.months)->default_value(opts.months), "length of the period")(
      "page-size", po::value(&opts.page_size)->default_value(opts.page_size),
      "tweets per JSONL line")("seed-corpus", po::value(&opts.seed_corpus),
                               "seed corpus TSV (default: the built-in one)")(
      "pool", po::value(&opts.pool), "sample pool TSV (default: the built-in one)")(
      "agencies", po::value(&opts.agencies), "agency registry CSV (default: the built-in one)");
  po::positional_options_description positional;
  po::variables_map vm;
  if (auto code = ParseCommandLine(kUsage, options, positional, args, vm, /*reads_input=*/false)) {
    return *code;
  }
  const SampleArchive archive = GenerateSamples(opts);
  WriteSampleArchive(archive, out_dir);
  for (const auto& s : archive.stats) {
    std::cerr << s.handle << ": " << s.total() << " posts (" << s.originals << " original, "
              << s.replies << " replies, " << s.retweets << " retweets, " << s.quotes
              << " quotes), " << s.followers << " followers\n";
  }
  std::cerr << "wrote " << archive.total_posts() << " posts of " << archive.stats.size()
            << " agencies to " << out_dir << "\n";
  return 0;
}

const CommandRegistrar kRegistrar{
    {"samples", "write the demo archives of the fictional Rancaweni agencies", &RunSamples}};

}  // namespace
}  // namespace liputan::cli
