// Issue 15 (3): the user's labels used. `liputan eval` on an annotation file (weighted scores,
// labeled posts, macro-F1 with its interval) and `liputan report --validation` (the matrix of the
// user's labels corrects the shares; the first screen states the validated macro-F1).
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>

#include "corpora/annotation_file.h"
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

const std::string kAgencies = std::string(LIPUTAN_SOURCE_DIR) + "/tests/data/report/agencies.csv";

// topic → (sektor, fungsi) of the tiny two-set model.
const std::map<std::string, std::pair<std::string, std::string>> kTopicLabels = {
    {"kesehatan", {"kesehatan", "info_layanan"}},
    {"pendidikan", {"pendidikan", "edukasi_imbauan"}},
    {"bencana", {"ketertiban_bencana", "darurat_bencana"}}};

const char kHealth[] = "vaksinasi di puskesmas untuk warga, imunisasi dan gizi";
const char kSchool[] = "beasiswa untuk siswa sekolah, guru dan ujian";

class ValidateCliTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    const std::vector<TrainingExample> examples =
        testing::MakeTwoSetCorpus(20, 3, {"sektor", "fungsi"}, kTopicLabels);
    TrainOptions train;
    train.fasttext.dim = 10;
    train.fasttext.epoch = 25;
    train.fasttext.bucket = 5000;
    train.cv_folds = 3;
    TrainBundle(examples, train, Bundle());
  }
  static void TearDownTestSuite() { delete dir_; }
  static std::string Bundle() { return dir_->File("m.liputan"); }

  // A validate sample of 12 posts: 8 on health (stratum 1, p 0.5), 4 on schools (stratum 2, p
  // `school_p`). The person calls 3 health posts "pendidikan": the model is wrong on them.
  static std::string Annotation(const TempDir& dir, double school_p,
                                const std::string& odd_label = "pendidikan") {
    AnnotationFile file;
    file.label_sets = {"sektor", "fungsi"};
    for (int i = 0; i < 12; ++i) {
      const bool health = i < 8;
      AnnotationRow row;
      row.id = std::to_string(100 + i);
      row.agency = health ? "DinkesContoh" : "DisdikContoh";
      row.text = health ? kHealth : kSchool;
      row.strategy = "validate";
      row.stratum = health ? "kesehatan|DinkesContoh" : "pendidikan|DisdikContoh";
      row.inclusion_p = health ? 0.5 : school_p;
      row.suggested = {{"sektor", health ? "kesehatan" : "pendidikan"},
                       {"fungsi", health ? "info_layanan" : "edukasi_imbauan"}};
      row.suggested_p = {{"sektor", 0.9}, {"fungsi", 0.9}};
      row.labels = {{"sektor", health && i < 3 ? odd_label : row.suggested["sektor"]},
                    {"fungsi", row.suggested["fungsi"]}};
      row.status = "labeled";
      file.rows.push_back(row);
    }
    WriteAnnotationCsv(dir.File("labels.csv"), file);
    return dir.File("labels.csv");
  }

  static std::string RawArchive(const TempDir& dir) {
    std::string archive;
    for (int i = 0; i < 12; ++i) {
      const bool health = i % 2 == 0;
      archive += json({{"id", std::to_string(5000 + i)},
                       {"created_at", "2024-0" + std::to_string(1 + i % 6) + "-10T02:00:00Z"},
                       {"author_handle", health ? "DinkesContoh" : "DisdikContoh"},
                       {"kind", "original"},
                       {"text", health ? kHealth : kSchool}})
                     .dump() +
                 "\n";
    }
    WriteFile(dir.File("raw.jsonl"), archive);
    return dir.File("raw.jsonl");
  }

  static testing::CliResult Report(const TempDir& dir, std::vector<std::string> extra) {
    liputan::render::testing::WriteFakeBundles(dir.File("node_modules"));
    std::vector<std::string> args = {"report",
                                     "--agencies",
                                     kAgencies,
                                     "--node-modules",
                                     dir.File("node_modules"),
                                     "--formats",
                                     "json,md,html",
                                     "--bootstrap",
                                     "0",
                                     "-o",
                                     dir.File("out"),
                                     "-m",
                                     Bundle()};
    args.insert(args.end(), extra.begin(), extra.end());
    args.push_back(RawArchive(dir));
    return RunLiputan(args);
  }

  static TempDir* dir_;
};

TempDir* ValidateCliTest::dir_ = nullptr;

// eval prints the labeled posts and macro-F1 with its interval; weights change the scores, equal
// weights give what an unweighted file does.
TEST_F(ValidateCliTest, EvalWeighsTheValidateSample) {
  TempDir dir;
  const auto text = RunLiputan({"eval", "-m", Bundle(), "-i", Annotation(dir, 0.5)});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("labeled posts 12 (standing for 24.0 posts); macro-F1"),
            std::string::npos)
      << text.out;
  EXPECT_NE(text.out.find("95% interval"), std::string::npos);
  const auto equal = RunLiputan({"eval", "-m", Bundle(), "--json", "-i", Annotation(dir, 0.5)});
  const json unweighted_sample = json::parse(equal.out).at("sektor");
  TempDir other;
  const auto weighted =
      RunLiputan({"eval", "-m", Bundle(), "--json", "-i", Annotation(other, 0.05)});
  ASSERT_EQ(weighted.exit_code, 0) << weighted.err;
  const json w = json::parse(weighted.out).at("sektor");
  // 3 wrong of 12 posts; weighted, the 4 right school posts stand for 80 of 96 posts.
  EXPECT_DOUBLE_EQ(unweighted_sample.at("accuracy").get<double>(), 9.0 / 12);
  EXPECT_DOUBLE_EQ(w.at("accuracy").get<double>(), (10.0 + 80) / 96);
  EXPECT_DOUBLE_EQ(w.at("weighted_examples").get<double>(), 96);
  EXPECT_EQ(w.at("examples"), 12);
  EXPECT_EQ(w.at("validation").at("labeled_posts"), 12);
  EXPECT_DOUBLE_EQ(w.at("validation").at("macro_f1").get<double>(),
                   w.at("macro").at("f1").get<double>());
  const json interval = w.at("validation").at("macro_f1_interval");
  EXPECT_LE(interval[0].get<double>(), w.at("macro").at("f1").get<double>());
  EXPECT_GE(interval[1].get<double>(), w.at("macro").at("f1").get<double>());
}

// --validation: the user's matrix corrects the shares, report.json records where it came from and
// on how many posts, and the first screen states the macro-F1 with its interval.
TEST_F(ValidateCliTest, ReportValidationCorrectsTheSharesAndHeadsTheReport) {
  TempDir plain, validated;
  ASSERT_EQ(Report(plain, {}).exit_code, 0);
  const auto r = Report(validated, {"--validation", Annotation(validated, 0.5), "--lang", "en"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json without = json::parse(ReadFile(plain.File("out/report.json")));
  const json with = json::parse(ReadFile(validated.File("out/report.json")));
  const json& v = with.at("model").at("validation");
  EXPECT_EQ(v.at("file"), validated.File("labels.csv"));
  EXPECT_EQ(v.at("predicted_by"), "model");
  EXPECT_EQ(v.at("sample"), "validate");
  EXPECT_EQ(v.at("label_sets").at("sektor").at("labeled_posts"), 12);
  EXPECT_EQ(with.at("model").at("confusion_source"), "labeled posts");
  EXPECT_FALSE(without.at("model").contains("validation"));
  const auto shares = [](const json& report) {
    return report.at("corrected_shares").at("label_sets").at("sektor").at("all").at("shares");
  };
  EXPECT_NE(shares(with), shares(without));
  const std::string md = ReadFile(validated.File("out/report.md"));
  const size_t note = md.find(
      "Model m.liputan: macro-F1 pada 12 unggahan laporan ini yang "
      "dilabeli sendiri (" +
      validated.File("labels.csv") + ", sampel berstrata dibobot 1/peluang inklusi): sektor ");
  ASSERT_NE(note, std::string::npos) << md.substr(0, 2000);
  EXPECT_LT(note, md.find("## Peringkat"));
  EXPECT_NE(md.find("(selang 95%: ", note), std::string::npos);
  EXPECT_EQ(md.find("belum divalidasi pada unggahannya sendiri"), std::string::npos);
  const std::string html = ReadFile(validated.File("out/report.html"));
  EXPECT_NE(html.find("Model m.liputan: macro-F1 on 12 posts of this report that you labeled"),
            std::string::npos);
  EXPECT_NE(html.find("Corrected shares use the confusion matrix of those posts you labeled"),
            std::string::npos);
}

// Without --validation the first screen says plainly that the shares are not validated here.
TEST_F(ValidateCliTest, WithoutValidationTheReportSaysSo) {
  TempDir dir;
  ASSERT_EQ(Report(dir, {"--lang", "en"}).exit_code, 0);
  EXPECT_NE(ReadFile(dir.File("out/report.md"))
                .find("Porsi dalam laporan ini belum divalidasi pada unggahannya sendiri"),
            std::string::npos);
  EXPECT_NE(ReadFile(dir.File("out/report.html"))
                .find("The shares of this report are not validated on its own posts"),
            std::string::npos);
}

TEST_F(ValidateCliTest, BadValidationFilesExit65) {
  TempDir dir;
  const std::string bad = Annotation(dir, 0.5, "pariwisata");
  auto r = Report(dir, {"--validation", bad});
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_NE(r.err.find(bad + ": row 1 (post 100)"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("pariwisata"), std::string::npos) << r.err;
  AnnotationFile empty = ReadAnnotationFile(Annotation(dir, 0.5));
  for (AnnotationRow& row : empty.rows) {
    row.status = "";
    row.labels = {{"sektor", ""}, {"fungsi", ""}};
  }
  WriteAnnotationCsv(dir.File("empty.csv"), empty);
  r = Report(dir, {"--validation", dir.File("empty.csv")});
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_NE(r.err.find("no labeled row"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(dir.File("out/report.json")));
}

}  // namespace
}  // namespace liputan
