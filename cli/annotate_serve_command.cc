// `liputan annotate serve FILE`: a labeling page on 127.0.0.1 for an annotation file
// (docs/annotate.md "The labeling page"). Every answer is written to FILE at once.
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <iostream>

#include "annotate/label_app.h"
#include "annotate/label_server.h"
#include "annotate/label_session.h"
#include "annotate/offered_labels.h"
#include "cli/command.h"
#include "common/error.h"
#include "corpora/annotation_file.h"

namespace liputan::cli {
namespace {

const char kUsage[] =
    "liputan annotate serve FILE [--coder NAME] [--taxonomy DIR] [--port N] [--host ADDR]\n\n"
    "Opens a labeling page for the annotation CSV FILE (from `liputan annotate sample`) and "
    "prints\nits URL. Keys: 1-9 (and two digits for 10 and up) choose a label, Enter confirms "
    "it (Enter\nalone accepts the highlighted suggestion), Backspace undoes, S skips the post, Q "
    "finishes.\nEvery answer is saved to FILE at once; posts already labeled or skipped are "
    "passed over.\nThe page is served on 127.0.0.1 only, unless --host says otherwise.";

struct ServeOptions {
  std::string file;
  std::string coder;
  std::string taxonomy;
  std::string host = "127.0.0.1";
  int port = 8765;
  std::vector<std::string> label_fields;
};

annotate::LabelServer* g_server = nullptr;

extern "C" void StopOnSignal(int) {
  if (g_server) g_server->RequestStop();
}

void CheckFile(const std::string& file) {
  const std::string ext = std::filesystem::path(file).extension().string();
  if (ext == ".xlsx" || ext == ".qdpx") {
    throw Error(ErrorCode::kUsage,
                "the labeling page edits CSV annotation files only: " + file + " is " + ext +
                    "; draw a CSV with `liputan annotate sample -o FILE.csv`, or save the "
                    "spreadsheet as CSV (UTF-8) and serve that");
  }
  const std::filesystem::path dir = std::filesystem::absolute(file).parent_path();
  if (std::filesystem::exists(file) && access(dir.c_str(), W_OK) != 0) {
    throw Error(ErrorCode::kIo,
                "cannot save answers: the directory " + dir.string() + " is not writable", file);
  }
}

void InstallSignalHandlers(annotate::LabelServer& server) {
  g_server = &server;
  struct sigaction action {};
  action.sa_handler = StopOnSignal;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

int Serve(const ServeOptions& opts, bool host_given) {
  CheckFile(opts.file);
  AnnotationFile file = ReadAnnotationFile(opts.file, opts.label_fields);
  if (file.label_sets.empty()) {
    throw Error(ErrorCode::kUsage, "the file has no label set: name them with --label-field",
                opts.file);
  }
  auto offered = annotate::LabelsToOffer(file, opts.taxonomy);
  annotate::LabelSession session(std::move(file), opts.coder);
  annotate::LabelApp app(session, std::move(offered), opts.file);
  annotate::LabelServerOptions server_options;
  server_options.host = opts.host;
  server_options.port = opts.port;
  annotate::LabelServer server([&](const annotate::HttpRequest& r) { return app.Handle(r); },
                               server_options);
  server.Bind();
  if (host_given && !annotate::IsLoopbackHost(opts.host)) {
    std::cerr << "liputan annotate serve: warning: --host " << opts.host
              << ": other machines that reach this address can read the posts and save "
                 "answers\n";
  }
  const size_t total = session.file().rows.size();
  std::cerr << "liputan annotate serve: " << opts.file << ": " << total << " posts, "
            << total - session.labeled() - session.skipped()
            << " to do; stop with the page's Finish button (Q) or Ctrl+C\n";
  // Handlers first: a script that reads the URL and stops the server at once must not kill it.
  InstallSignalHandlers(server);
  std::cout << server.url() << std::endl;
  server.Serve();
  g_server = nullptr;
  std::cerr << "liputan annotate serve: " << opts.file << ": " << session.labeled() << " labeled, "
            << session.skipped() << " skipped, " << total - session.labeled() - session.skipped()
            << " to do\n";
  return 0;
}

int RunServe(const std::vector<std::string>& args) {
  ServeOptions opts;
  po::options_description options("Options");
  options.add_options()("file", po::value(&opts.file)->required(), "the annotation CSV")(
      "coder", po::value(&opts.coder), "written into the coder column of every answer")(
      "taxonomy", po::value(&opts.taxonomy),
      "directory with S.tsv label-set files (corpora/taxonomy format) naming and defining the "
      "labels of label set S (default: the built-in sektor and fungsi)")(
      "label-field", po::value(&opts.label_fields)->composing(),
      "a label set of a hand-made file without suggestion columns (repeatable)")(
      "host", po::value(&opts.host)->default_value(opts.host),
      "address to serve on; anything but loopback lets other machines in")(
      "port", po::value(&opts.port)->default_value(opts.port), "port (0 = any free port)");
  po::positional_options_description positional;
  positional.add("file", 1);
  po::variables_map vm;
  if (auto code = ParseCommandLine(kUsage, options, positional, args, vm, false)) return *code;
  if (opts.port < 0 || opts.port > 65535) throw Error(ErrorCode::kUsage, "--port must be 0-65535");
  return Serve(opts, !vm["host"].defaulted());
}

const CommandRegistrar kRegistrar{
    {"annotate serve", "label posts on a local page, one key per label", &RunServe}};

}  // namespace
}  // namespace liputan::cli
