// The `liputan report` command contract (integration: runs the built executable).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "models/trainer.h"
#include "tests/models/topic_corpus.h"
#include "tests/support/cli_runner.h"

namespace liputan {
namespace {

using liputan::testing::ReadFile;
using liputan::testing::RunLiputan;
using liputan::testing::TempDir;
using liputan::testing::WriteFile;
using nlohmann::json;

const std::string kData = std::string(LIPUTAN_SOURCE_DIR) + "/tests/data/report/";

TEST(ReportCommandTest, WritesTheReportFiles) {
  TempDir dir;
  const auto r =
      RunLiputan({"report", "--agencies", kData + "agencies.csv", "-o", dir.File("out"), "--period",
                  "quarter", "--formats", "json,md", kData + "labeled.jsonl"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json report = json::parse(ReadFile(dir.File("out/report.json")));
  EXPECT_EQ(report.at("periods"), json({"2024-Q1", "2024-Q2"}));
  EXPECT_NE(ReadFile(dir.File("out/report.md")).find("## Peringkat"), std::string::npos);
  EXPECT_NE(r.err.find("15 records"), std::string::npos);
}

// --timings names each phase with its wall and CPU time; without it, no such line.
TEST(ReportCommandTest, TimingsNameThePhases) {
  TempDir dir;
  const auto r = RunLiputan({"report", "--agencies", kData + "agencies.csv", "-o", dir.File("out"),
                             "--formats", "json,csv", "--timings", kData + "labeled.jsonl"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  size_t at = 0;
  for (const char* phase : {"setup ", "read+aggregate ", "build ", "write ", "render ", "total "}) {
    at = r.err.find(phase, at);
    ASSERT_NE(at, std::string::npos) << phase << " in order in: " << r.err;
  }
  EXPECT_NE(r.err.find("(CPU "), std::string::npos);
  const auto quiet = RunLiputan({"report", "--agencies", kData + "agencies.csv", "-o",
                                 dir.File("out2"), "--formats", "json", kData + "labeled.jsonl"});
  EXPECT_EQ(quiet.err.find("(CPU "), std::string::npos) << quiet.err;
}

// The map-reduce recipe of docs/report.md: per-shard states, merged, equal the single run.
TEST(ReportCommandTest, MergedPartialStatesGiveTheSameReport) {
  TempDir dir;
  const std::string all = ReadFile(kData + "labeled.jsonl");
  std::string first, second;
  size_t line = 0, start = 0;
  for (size_t end; (end = all.find('\n', start)) != std::string::npos; start = end + 1, ++line) {
    (line % 2 ? first : second) += all.substr(start, end - start + 1);
  }
  WriteFile(dir.File("a.jsonl"), first);
  WriteFile(dir.File("b.jsonl"), second);
  const std::string agencies = kData + "agencies.csv";
  ASSERT_EQ(RunLiputan({"report", "--agencies", agencies, "--emit-state", dir.File("a.json"),
                        dir.File("a.jsonl")})
                .exit_code,
            0);
  ASSERT_EQ(RunLiputan({"report", "--agencies", agencies, "--emit-state", dir.File("b.json"),
                        dir.File("b.jsonl")})
                .exit_code,
            0);
  const auto merged =
      RunLiputan({"report", "--agencies", agencies, "-o", dir.File("merged"), "--formats", "json",
                  "--merge", dir.File("a.json"), dir.File("b.json")});
  ASSERT_EQ(merged.exit_code, 0) << merged.err;
  ASSERT_EQ(RunLiputan({"report", "--agencies", agencies, "-o", dir.File("single"), "--formats",
                        "json", kData + "labeled.jsonl"})
                .exit_code,
            0);
  EXPECT_EQ(ReadFile(dir.File("merged/report.json")), ReadFile(dir.File("single/report.json")));
}

TEST(ReportCommandTest, BadInputGetsItsExitCodeAndNamesTheProblem) {
  TempDir dir;
  WriteFile(dir.File("dup.csv"), "handle,name\nDinkes,A\ndinkes,B\n");
  auto r = RunLiputan({"report", "--agencies", dir.File("dup.csv"), "-o", dir.File("out"),
                       kData + "labeled.jsonl"});
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_NE(r.err.find("dup.csv:3"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("duplicate handle"), std::string::npos) << r.err;
  r = RunLiputan({"report", "--agencies", kData + "agencies.csv", "-o", dir.File("out"), "--period",
                  "week", kData + "labeled.jsonl"});
  EXPECT_EQ(r.exit_code, 64);
  r = RunLiputan({"report", "--agencies", kData + "agencies.csv", "-o", dir.File("out"),
                  dir.File("missing.jsonl")});
  EXPECT_EQ(r.exit_code, 66);
  WriteFile(dir.File("part.json"), "{\"format\": \"x\"}");
  r = RunLiputan({"report", "--agencies", kData + "agencies.csv", "-o", dir.File("out"), "--merge",
                  dir.File("part.json")});
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_NE(r.err.find("part.json"), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(dir.File("out")));  // nothing half-written
}

// The renderers hooked into the command (docs/html-report.md): presentation formats only, from the
// report fixtures plus a post whose text is an attack; data must come out as text.
TEST(ReportCommandTest, RendersHtmlXlsxAndGexf) {
  TempDir dir;
  const std::string hostile =
      R"({"id": "2999", "created_at": "2024-03-05T01:00:00Z", "author_handle": "DinkesContoh", )"
      R"("kind": "original", "text": "<script>alert(1)</script> jadwal posyandu balita"})";
  WriteFile(dir.File("posts.jsonl"), ReadFile(kData + "labeled.jsonl") + hostile + "\n");
  const auto r = RunLiputan({"report", "--agencies", kData + "agencies.csv", "-o", dir.File("out"),
                             "--formats", "html,xlsx,gexf", "--confusion", kData + "confusion.json",
                             dir.File("posts.jsonl")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string html = ReadFile(dir.File("out/report.html"));
  EXPECT_NE(html.find("Dinas Kesehatan Kab. Contoh"), std::string::npos);
  EXPECT_NE(html.find("Ringkasan"), std::string::npos) << "Indonesian by default";
  EXPECT_EQ(html.find("<script>alert"), std::string::npos) << "data must be escaped";
  EXPECT_NE(html.find("posyandu"), std::string::npos) << "word statistics from the posts' text";
  EXPECT_GT(std::filesystem::file_size(dir.File("out/report.xlsx")), 1000u);
  const std::string gexf = ReadFile(dir.File("out/network.gexf"));
  EXPECT_NE(gexf.find("<gexf"), std::string::npos);
  EXPECT_NE(gexf.find("KominfoContoh"), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(dir.File("out/report.json"))) << "not asked for";
  EXPECT_FALSE(std::filesystem::exists(dir.File("out/network.graphml"))) << "not asked for";
}

TEST(ReportCommandTest, RenderOptionsAreCheckedBeforeAnythingIsWritten) {
  TempDir dir;
  const std::string agencies = kData + "agencies.csv";
  auto r =
      RunLiputan({"report", "--agencies", agencies, "-o", dir.File("out"), "--formats", "json,html",
                  "--node-modules", dir.File("nowhere"), kData + "labeled.jsonl"});
  EXPECT_EQ(r.exit_code, 66);
  EXPECT_NE(r.err.find("chart bundle not found"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(dir.File("out")));
  r = RunLiputan({"report", "--agencies", agencies, "-o", dir.File("out"), "--formats", "html",
                  "--lang", "fr", kData + "labeled.jsonl"});
  EXPECT_EQ(r.exit_code, 64);
  EXPECT_FALSE(std::filesystem::exists(dir.File("out")));
  r = RunLiputan({"report", "--agencies", agencies, "-o", dir.File("out"), "--formats", "json,pdf",
                  kData + "labeled.jsonl"});
  EXPECT_EQ(r.exit_code, 64);
  EXPECT_NE(r.err.find("graphml"), std::string::npos) << "names every valid format: " << r.err;
}

// Without --formats, report.html is written beside report.json when the chart bundles are
// installed, in English with --lang en; without them the default stays json,csv,md.
TEST(ReportCommandTest, DefaultFormatsIncludeHtmlWhenTheBundlesAreFound) {
  TempDir dir;
  const auto r = RunLiputan({"report", "--agencies", kData + "agencies.csv", "-o", dir.File("out"),
                             "--lang", "en", kData + "labeled.jsonl"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(std::filesystem::exists(dir.File("out/report.json")));
  EXPECT_TRUE(std::filesystem::exists(dir.File("out/report.md")));
  const bool bundles = std::filesystem::exists(std::string(LIPUTAN_SOURCE_DIR) +
                                               "/node_modules/vega/build/vega.min.js") ||
                       std::getenv("LIPUTAN_NODE_MODULES") != nullptr;
  if (!bundles) GTEST_SKIP() << "chart bundles not installed (npm ci)";
  const std::string html = ReadFile(dir.File("out/report.html"));
  EXPECT_NE(html.find("Overview"), std::string::npos);
  EXPECT_TRUE(std::filesystem::exists(dir.File("out/top_terms.csv")));
}

// A raw post of liputan JSONL (no predictions) by `handle`, the `n`-th of the archive.
std::string RawPost(const std::string& handle, int n, const std::string& text) {
  return json({{"id", std::to_string(5000 + n)},
               {"created_at", "2024-0" + std::to_string(1 + n % 6) + "-10T02:00:00Z"},
               {"author_handle", handle},
               {"kind", "original"},
               {"text", text}})
             .dump() +
         "\n";
}

// Issue 7's `liputan report -m MODEL ... ARCHIVE`: raw posts are classified in process with the
// bundle (trained here on the synthetic topic corpus, as sektor), posts that already carry
// predictions keep them, and the bundle's cross-validated confusion matrix corrects the shares.
TEST(ReportCommandTest, ClassifiesRawArchivesWithTheModel) {
  TempDir dir;
  std::vector<TrainingExample> examples = testing::MakeTopicCorpus(20, 3, "sektor");
  for (TrainingExample& e : examples) {
    for (std::string& label : e.labels.at("sektor"))
      if (label == "bencana") label = "ketertiban_bencana";
  }
  TrainOptions train;
  train.fasttext.dim = 10;
  train.fasttext.epoch = 25;
  train.fasttext.bucket = 5000;
  train.cv_folds = 3;
  TrainBundle(examples, train, dir.File("m.liputan"));

  std::string archive;
  for (int i = 0; i < 6; ++i) {
    archive += RawPost("DinkesContoh", i, "vaksinasi di puskesmas untuk warga, imunisasi dan gizi");
    archive += RawPost("DisdikContoh", 10 + i, "beasiswa untuk siswa sekolah, guru dan ujian");
  }
  // Already classified: kept as it is although the model never predicts this sector.
  json labeled = json::parse(RawPost("DinkesContoh", 30, "sekolah guru siswa beasiswa"));
  labeled["predictions"] = {{"sektor", {{{"label", "pertanian_pangan"}, {"probability", 1.0}}}}};
  archive += labeled.dump() + "\n";
  WriteFile(dir.File("raw.jsonl"), archive);

  const auto r = RunLiputan({"report", "-m", dir.File("m.liputan"), "--agencies",
                             kData + "agencies.csv", "-o", dir.File("out"), "--formats", "json",
                             "--threads", "2", "--bootstrap", "50", dir.File("raw.jsonl")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json report = json::parse(ReadFile(dir.File("out/report.json")));
  std::map<std::string, json> sektor;
  for (const json& agency : report.at("agencies"))
    sektor[agency.at("handle")] = agency.at("total").at("content").at("sektor");
  EXPECT_EQ(sektor.at("DinkesContoh").at("labeled"), 7);
  EXPECT_EQ(sektor.at("DinkesContoh").at("counts").value("kesehatan", 0), 6);
  EXPECT_EQ(sektor.at("DinkesContoh").at("counts").value("pertanian_pangan", 0), 1);
  EXPECT_EQ(sektor.at("DinkesContoh").at("counts").value("pendidikan", 0), 0);
  EXPECT_EQ(sektor.at("DisdikContoh").at("counts").value("pendidikan", 0), 6);
  const json& corrected = report.at("corrected_shares");
  ASSERT_FALSE(corrected.is_null()) << "the bundle's confusion matrix corrects the shares";
  EXPECT_NE(corrected.at("source").get<std::string>().find("m.liputan"), std::string::npos);
  EXPECT_TRUE(corrected.at("label_sets").contains("sektor"));

  // Classifying on one thread or several gives the same aggregation state.
  for (const char* threads : {"1", "3"}) {
    ASSERT_EQ(
        RunLiputan({"report", "-m", dir.File("m.liputan"), "--agencies", kData + "agencies.csv",
                    "--emit-state", dir.File(std::string("state") + threads + ".json"), "--threads",
                    threads, dir.File("raw.jsonl")})
            .exit_code,
        0);
  }
  EXPECT_EQ(ReadFile(dir.File("state1.json")), ReadFile(dir.File("state3.json")));

  // Without -m the same archive has no labels: nothing to count in the content mix.
  const auto plain = RunLiputan({"report", "--agencies", kData + "agencies.csv", "-o",
                                 dir.File("plain"), "--formats", "json", dir.File("raw.jsonl")});
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  const json unlabeled = json::parse(ReadFile(dir.File("plain/report.json")));
  for (const json& agency : unlabeled.at("agencies")) {
    if (agency.at("handle") == "DisdikContoh") {
      EXPECT_EQ(agency.at("total").at("content").at("sektor").at("labeled"), 0);
    }
  }
  // A missing bundle fails before anything is read or written.
  const auto missing =
      RunLiputan({"report", "-m", dir.File("none.liputan"), "--agencies", kData + "agencies.csv",
                  "-o", dir.File("none"), dir.File("raw.jsonl")});
  EXPECT_EQ(missing.exit_code, 66);
  EXPECT_FALSE(std::filesystem::exists(dir.File("none")));
}

}  // namespace
}  // namespace liputan
