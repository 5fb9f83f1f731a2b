// The `liputan report` command contract (integration: runs the built executable).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "models/trainer.h"
#include "tests/models/topic_corpus.h"
#include "tests/render/render_test_util.h"
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

// The synthetic topic corpus with two label sets, sektor and fungsi (one function per topic).
std::vector<TrainingExample> TwoSetCorpus() {
  const std::map<std::string, std::pair<std::string, std::string>> labels = {
      {"kesehatan", {"kesehatan", "info_layanan"}},
      {"pendidikan", {"pendidikan", "edukasi_imbauan"}},
      {"bencana", {"ketertiban_bencana", "darurat_bencana"}}};
  return testing::MakeTwoSetCorpus(20, 3, {"sektor", "fungsi"}, labels);
}

// Trains the tiny two-set bundle into `bundle`, with the scores of `real_validation` attached
// when it is given (docs/models.md "Real validation").
void TrainTinyBundle(const std::string& bundle, const std::string& real_validation = "") {
  TrainOptions train;
  train.fasttext.dim = 10;
  train.fasttext.epoch = 25;
  train.fasttext.bucket = 5000;
  train.cv_folds = 3;
  train.created_by = "liputan test";
  train.real_validation_file = real_validation;
  TrainBundle(TwoSetCorpus(), train, bundle);
}

// What `liputan train --real-validation` takes: scores measured on real posts, for the training
// data of the bundle already at `bundle` (its manifest's training_data.sha256).
std::string RealValidationFile(const TempDir& dir, const std::string& bundle) {
  const json manifest = json::parse(ReadFile(bundle + "/manifest.json"));
  const json entry = [](double f1, const std::vector<std::string>& labels) {
    return json{{"examples", 120},
                {"macro_f1", f1},
                {"accuracy", 0.8},
                {"labels", labels},
                {"confusion", {{36, 2, 2}, {3, 34, 3}, {2, 2, 36}}},
                {"per_label", json::object()}};
  }(0.714, {"kesehatan", "pendidikan", "ketertiban_bencana"});
  json fungsi = entry;
  fungsi["macro_f1"] = 0.62;
  fungsi["labels"] = {"info_layanan", "edukasi_imbauan", "darurat_bencana"};
  const json file = {{"source", "uji-govdev"},
                     {"training_sha256", manifest.at("training_data").at("sha256")},
                     {"label_sets", {{"sektor", entry}, {"fungsi", fungsi}}}};
  WriteFile(dir.File("real.json"), file.dump());
  return dir.File("real.json");
}

// A small raw archive for two agencies, classified with -m.
std::string RawArchive() {
  std::string archive;
  for (int i = 0; i < 6; ++i) {
    archive += RawPost("DinkesContoh", i, "vaksinasi di puskesmas untuk warga, imunisasi dan gizi");
    archive += RawPost("DisdikContoh", 10 + i, "beasiswa untuk siswa sekolah, guru dan ujian");
  }
  return archive;
}

// `liputan report` with the stand-in chart bundles, so report.html is always written.
testing::CliResult RunReport(const TempDir& dir, std::vector<std::string> args) {
  liputan::render::testing::WriteFakeBundles(dir.File("node_modules"));
  std::vector<std::string> all = {"report",
                                  "--agencies",
                                  kData + "agencies.csv",
                                  "--node-modules",
                                  dir.File("node_modules"),
                                  "--formats",
                                  "json,md,html"};
  all.insert(all.end(), args.begin(), args.end());
  return RunLiputan(all);
}

// The note's place on the first screen: before any table of report.md and any table or chart of
// report.html.
void ExpectNoteFirst(const std::string& md, const std::string& html, const std::string& md_note,
                     const std::string& html_note) {
  const size_t in_md = md.find(md_note);
  ASSERT_NE(in_md, std::string::npos) << md;
  EXPECT_LT(in_md, md.find("## Peringkat"));
  const size_t in_html = html.find(html_note);
  ASSERT_NE(in_html, std::string::npos) << html_note;
  EXPECT_LT(in_html, html.find("data-factor="));
  EXPECT_LT(in_html, html.find("class=\"chart\""));
}

// A model scored on real posts (train --real-validation): report.json's "model" gives its scores,
// the first screen of report.md and report.html states them, and the matrix measured on those
// posts corrects the shares.
TEST(ReportCommandTest, StatesTheModelsScoresOnRealPosts) {
  TempDir dir;
  const std::string bundle = dir.File("m.liputan");
  TrainTinyBundle(bundle);
  TrainTinyBundle(bundle, RealValidationFile(dir, bundle));
  WriteFile(dir.File("raw.jsonl"), RawArchive());
  const auto r = RunReport(dir, {"-m", bundle, "-o", dir.File("out"), "--lang", "en", "--bootstrap",
                                 "0", dir.File("raw.jsonl")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json report = json::parse(ReadFile(dir.File("out/report.json")));
  const json expected_set = {{"real_macro_f1", 0.714},
                             {"real_accuracy", 0.8},
                             {"real_examples", 120},
                             {"real_source", "uji-govdev"}};
  const json& model = report.at("model");
  EXPECT_EQ(model.at("labels_from"), "model");
  EXPECT_EQ(model.at("name"), "m.liputan");
  EXPECT_EQ(model.at("created_by"), "liputan test");
  EXPECT_EQ(model.at("validated"), true);
  EXPECT_EQ(model.at("label_sets").at("sektor"), expected_set);
  EXPECT_EQ(model.at("label_sets").at("fungsi").at("real_macro_f1"), 0.62);
  EXPECT_EQ(model.at("confusion_source"), "real posts");
  EXPECT_EQ(report.at("corrected_shares").at("label_sets").at("sektor").at("all").at("posts"), 12);
  ExpectNoteFirst(ReadFile(dir.File("out/report.md")), ReadFile(dir.File("out/report.html")),
                  "**Validitas label konten.** Model m.liputan: macro-F1 pada 120 unggahan "
                  "nyata akun pemerintah yang dilabeli manusia (sumber: uji-govdev): sektor 0,71, "
                  "fungsi 0,62. Porsi terkoreksi memakai matriks kekeliruan yang diukur pada "
                  "unggahan nyata tersebut.",
                  "Model m.liputan: macro-F1 on 120 real posts of government accounts labeled by "
                  "people (source: uji-govdev): Sector 0.71, Function 0.62. Corrected shares use "
                  "the confusion matrix measured on those posts.");
}

// A model without real scores: not validated, corrected by its cross-validated matrix.
TEST(ReportCommandTest, SaysWhenTheModelIsNotValidatedOnRealPosts) {
  TempDir dir;
  const std::string bundle = dir.File("m.liputan");
  TrainTinyBundle(bundle);
  WriteFile(dir.File("raw.jsonl"), RawArchive());
  const auto r = RunReport(
      dir, {"-m", bundle, "-o", dir.File("out"), "--bootstrap", "0", dir.File("raw.jsonl")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json model = json::parse(ReadFile(dir.File("out/report.json"))).at("model");
  EXPECT_EQ(model.at("validated"), false);
  EXPECT_EQ(model.at("label_sets"), json({{"sektor", nullptr}, {"fungsi", nullptr}}));
  EXPECT_EQ(model.at("confusion_source"), "training corpus (cross-validation)");
  const std::string id_note =
      "Model m.liputan: label konten belum divalidasi pada unggahan nyata akun-akun ini: anggap "
      "porsinya sebagai indikasi. Porsi terkoreksi memakai matriks kekeliruan hasil validasi "
      "silang pada korpus pelatihan, bukan pada unggahan nyata.";
  ExpectNoteFirst(ReadFile(dir.File("out/report.md")), ReadFile(dir.File("out/report.html")),
                  "**Validitas label konten.** " + id_note, id_note);
}

// Labels that came with the input (classify's output), no model: not validated; a --confusion
// file is named as the matrix that corrects the shares.
TEST(ReportCommandTest, SaysWhenTheLabelsCameFromTheInput) {
  TempDir dir;
  const auto r = RunReport(dir, {"-o", dir.File("out"), "--bootstrap", "0", "--confusion",
                                 kData + "confusion.json", kData + "labeled.jsonl"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json model = json::parse(ReadFile(dir.File("out/report.json"))).at("model");
  EXPECT_EQ(model, json({{"labels_from", "input"},
                         {"name", nullptr},
                         {"created_by", nullptr},
                         {"validated", false},
                         {"label_sets", json::object()},
                         {"confusion_source", kData + "confusion.json"}}));
  const std::string id_note =
      "Label konten berasal dari masukan (bukan dari model pada proses ini) dan belum "
      "divalidasi: anggap porsinya sebagai indikasi. Porsi terkoreksi memakai matriks kekeliruan "
      "dari " +
      kData + "confusion.json.";
  ExpectNoteFirst(ReadFile(dir.File("out/report.md")), ReadFile(dir.File("out/report.html")),
                  "**Validitas label konten.** " + id_note, id_note);
}

}  // namespace
}  // namespace liputan
