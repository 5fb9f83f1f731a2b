// report_bench generate N AGENCIES OUT.jsonl REGISTRY.csv : writes N classify-shaped posts
//     (liputan JSONL) from AGENCIES agencies plus citizens, over 2024, and their registry.
// report_bench read FILE...                 : PostReader only (the baseline).
// report_bench aggregate REGISTRY FILE...   : PostReader + ReportState::Add, no rendering.
// report_bench phases REGISTRY OUT_DIR FILE... : the whole report (json,csv,md), reading and
//     aggregating on one thread (the command overlaps them), with the time and peak RSS after each
//     phase: read + aggregate, BuildReport, each rendered format.
// report_bench state REGISTRY OUT.json FILE... : aggregate, then write the state streamed
//     (WriteState, report/state_writer.h) with the time and peak RSS of each.
// report_bench readstate REGISTRY STATE.json OUT.json : ReadState (report/state_reader.h: what
// --merge
//     needs of each part), then WriteState again (OUT equals STATE for a state we wrote).
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "common/atomic_output_file.h"
#include "common/output_group.h"
#include "corpora/post_jsonl.h"
#include "corpora/post_reader.h"
#include "report/agency_registry.h"
#include "report/report_builder.h"
#include "report/report_edges.h"
#include "report/report_state.h"
#include "report/report_taxonomy.h"
#include "report/report_writer.h"
#include "report/state_reader.h"
#include "report/state_writer.h"

namespace {

using liputan::Post;
using liputan::PostKind;

constexpr int64_t kYearStart = 1704067200;  // 2024-01-01T00:00:00Z
constexpr int64_t kYearSeconds = 366 * 86400;

std::string Handle(int i) {
  char text[32];
  std::snprintf(text, sizeof text, "opd%03d", i);
  return text;
}

std::vector<liputan::Prediction> Predict(std::mt19937_64& rng,
                                         const std::vector<std::string>& labels) {
  std::uniform_int_distribution<size_t> pick(0, labels.size() - 1);
  std::uniform_real_distribution<double> top(0.4, 0.95);
  const double p = top(rng);
  return {{labels[pick(rng)], p},
          {labels[pick(rng)], (1 - p) * 0.6},
          {labels[pick(rng)], (1 - p) * 0.3}};
}

int Generate(long long n, int agencies, const std::string& out_path,
             const std::string& registry_path) {
  std::mt19937_64 rng(42);
  const auto taxonomy = liputan::report::ReportTaxonomy::Default();
  std::string registry = "handle,name,type,urusan,parent\n";
  for (int i = 0; i < agencies; ++i) {
    registry += Handle(i) + ",Perangkat Daerah " + std::to_string(i) + "," +
                (i == 0 ? "hub" : "opd") + ",1.0" + std::to_string(i % 6 + 1) + ",Kab. Bench\n";
  }
  registry += "jatengprov,Provinsi,provinsi,,Prov\n";
  liputan::AtomicOutputFile registry_file(registry_path);
  registry_file.Write(registry);
  registry_file.Commit();
  std::vector<int64_t> followers(agencies);
  std::uniform_int_distribution<int64_t> follower_dist(0, 50000);
  for (auto& f : followers) f = follower_dist(rng);
  std::uniform_int_distribution<int> agency(0, agencies - 1), citizen(0, 99999), kind(0, 99);
  std::uniform_int_distribution<int64_t> when(0, kYearSeconds - 1);
  std::geometric_distribution<int> small(0.3);
  liputan::AtomicOutputFile out(out_path);
  std::string buffer;
  Post post;
  for (long long i = 0; i < n; ++i) {
    post = Post();
    post.id = std::to_string(1700000000000000000LL + i);
    post.created_at = kYearStart + when(rng);
    const int k = kind(rng);
    const int a = agency(rng);
    if (k < 10) {  // a citizen addressing an agency
      post.author_handle = "warga" + std::to_string(citizen(rng));
      post.kind = k < 5 ? PostKind::kReply : PostKind::kOriginal;
      if (post.kind == PostKind::kReply) {
        post.replied_to_id = std::to_string(1700000000000000000LL + (i > 0 ? i - 1 : 0));
        post.replied_to_handle = Handle(a);
      }
      post.mentions = {Handle(a)};
      post.text = "@" + Handle(a) + " mohon info layanan";
    } else {
      post.author_handle = Handle(a);
      post.author_followers = followers[a];
      post.observed_at = kYearStart + kYearSeconds + 30 * 86400;
      post.kind = k < 60   ? PostKind::kOriginal
                  : k < 75 ? PostKind::kReply
                  : k < 95 ? PostKind::kRetweet
                           : PostKind::kQuote;
      const std::string other = k % 3 == 0 ? "jatengprov" : Handle(agency(rng));
      if (post.kind == PostKind::kReply) {
        post.replied_to_id = std::to_string(1700000000000000000LL + (i > 0 ? i - 1 : 0));
        post.replied_to_handle = k % 2 ? other : "warga" + std::to_string(citizen(rng));
      } else if (post.kind == PostKind::kRetweet) {
        post.retweeted_id = std::to_string(1700000000000000000LL + (i > 10 ? i - 10 : 0));
        post.retweeted_handle = other;
      } else if (post.kind == PostKind::kQuote) {
        post.quoted_id = std::to_string(1700000000000000000LL + (i > 10 ? i - 10 : 0));
        post.quoted_handle = other;
      }
      if (k % 4 == 0) post.mentions = {Handle(agency(rng))};
      post.text =
          "Informasi layanan publik dari " + Handle(a) + " untuk warga, jadwal dan persyaratan.";
      post.metrics.likes = small(rng);
      post.metrics.retweets = small(rng);
      post.metrics.replies = small(rng) / 2;
      post.metrics.quotes = small(rng) / 4;
      if (k % 5 == 0) post.urls = {"https://example.go.id/layanan"};
    }
    post.author_name = post.author_handle;
    post.lang = "in";
    post.predictions["sektor"] = Predict(rng, taxonomy.sectors);
    post.predictions["fungsi"] = Predict(rng, taxonomy.functions);
    post.token_count = 12;
    liputan::AppendPostJson(post, buffer);
    buffer.push_back('\n');
    if (buffer.size() > (1u << 22)) {
      out.Write(buffer);
      buffer.clear();
    }
  }
  out.Write(buffer);
  out.Commit();
  return 0;
}

int Read(const std::vector<std::string>& files, const std::string* registry_path) {
  liputan::PostReader reader(files);
  Post post;
  long long n = 0;
  const auto start = std::chrono::steady_clock::now();
  if (registry_path) {
    const auto registry = liputan::report::AgencyRegistry::ReadCsv(*registry_path);
    liputan::report::ReportState state(registry, {});
    while (reader.Next(post)) {
      state.Add(post);
      ++n;
    }
    int with_posts = 0;
    for (size_t i = 0; i < registry.agencies().size(); ++i)
      with_posts += state.HasPosts(static_cast<int>(i));
    std::printf("aggregated %lld posts: %d agencies in the state\n", n, with_posts);
  } else {
    while (reader.Next(post)) ++n;
    std::printf("read %lld posts\n", n);
  }
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("%.3f s, %.0f posts/s\n", secs, n / secs);
  return 0;
}

long PeakKb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
  }
  return 0;
}

// Prints the seconds since the previous phase (or since it was made) and the peak RSS so far.
class PhaseClock {
 public:
  void operator()(const char* name) {
    const auto now = std::chrono::steady_clock::now();
    std::printf("%-28s %7.3f s  peak %8ld KB\n", name,
                std::chrono::duration<double>(now - start_).count(), PeakKb());
    start_ = now;
  }

 private:
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

liputan::report::ReportState Aggregate(const liputan::report::AgencyRegistry& registry,
                                       const std::vector<std::string>& files) {
  liputan::report::ReportState state(registry, {});
  liputan::PostReader reader(files);
  Post post;
  while (reader.Next(post)) state.Add(post);
  return state;
}

// The state as --emit-state writes it: streamed, no JSON tree.
void WriteState(const liputan::report::ReportState& state, const std::string& path) {
  liputan::AtomicOutputFile out(path);
  liputan::report::WriteState(state, [&](std::string_view piece) { out.Write(piece); });
  out.Write("\n");
  out.Commit();
}

int Phases(const std::string& registry_path, const std::string& out_dir,
           const std::vector<std::string>& files) {
  PhaseClock phase;
  const auto registry = liputan::report::AgencyRegistry::ReadCsv(registry_path);
  const liputan::report::ReportState state = Aggregate(registry, files);
  phase("read + aggregate");
  // As `liputan report` builds and writes it: the edges apart from the Report.
  liputan::report::ReportOptions options;
  options.edges_in_document = false;
  const liputan::report::Report report =
      liputan::report::BuildReport(state, liputan::report::ReportTaxonomy::Default(), options);
  const liputan::report::ReportEdges edges(state);
  phase("BuildReport");
  std::filesystem::create_directories(out_dir);
  for (const char* format : {"json", "csv", "md"}) {
    liputan::OutputGroup group;
    liputan::report::AddReportFiles(group, out_dir, report, {format}, &edges);
    group.Commit();
    phase(format);
  }
  return 0;
}

int ReadState(const std::string& registry_path, const std::string& state_path,
              const std::string& out_path) {
  PhaseClock phase;
  const auto registry = liputan::report::AgencyRegistry::ReadCsv(registry_path);
  std::ifstream in(state_path, std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  phase("state file read");
  const auto state = liputan::report::ReadState(text, registry, state_path);
  phase("ReadState");
  WriteState(state, out_path);
  phase("state written (streamed)");
  return 0;
}

int State(const std::string& registry_path, const std::string& out_path,
          const std::vector<std::string>& files) {
  PhaseClock phase;
  const auto registry = liputan::report::AgencyRegistry::ReadCsv(registry_path);
  const liputan::report::ReportState state = Aggregate(registry, files);
  phase("read + aggregate");
  WriteState(state, out_path);
  phase("state written (streamed)");
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  try {
    if (args.size() == 5 && args[0] == "generate") {
      return Generate(std::stoll(args[1]), std::stoi(args[2]), args[3], args[4]);
    }
    if (args.size() >= 2 && args[0] == "read") return Read({args.begin() + 1, args.end()}, nullptr);
    if (args.size() >= 3 && args[0] == "aggregate")
      return Read({args.begin() + 2, args.end()}, &args[1]);
    if (args.size() >= 4 && args[0] == "phases")
      return Phases(args[1], args[2], {args.begin() + 3, args.end()});
    if (args.size() == 4 && args[0] == "readstate") return ReadState(args[1], args[2], args[3]);
    if (args.size() >= 4 && args[0] == "state")
      return State(args[1], args[2], {args.begin() + 3, args.end()});
  } catch (const std::exception& e) {
    std::fprintf(stderr, "report_bench: %s\n", e.what());
    return 70;
  }
  std::fprintf(
      stderr,
      "usage: report_bench generate N AGENCIES OUT.jsonl REGISTRY.csv | read FILE... | "
      "aggregate REGISTRY FILE... | phases REGISTRY OUT_DIR FILE... | state REGISTRY OUT.json "
      "FILE... | readstate REGISTRY STATE.json OUT.json\n");
  return 64;
}
