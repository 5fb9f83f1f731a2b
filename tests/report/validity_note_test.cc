#include "report/validity_note.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "corpora/post_reader.h"
#include "report/report_builder.h"
#include "report/report_json.h"
#include "report/report_writer.h"

namespace liputan::report {
namespace {

using nlohmann::json;

const std::string kData = std::string(LIPUTAN_SOURCE_DIR) + "/tests/data/report/";

Report FixtureReport(const ReportOptions& options) {
  static const AgencyRegistry registry = AgencyRegistry::ReadCsv(kData + "agencies.csv");
  ReportState state(registry, {});
  PostReader reader({kData + "labeled.jsonl"});
  Post post;
  while (reader.Next(post)) state.Add(post);
  return BuildReport(state, ReportTaxonomy::Default(), options);
}

// report.json's document.
json FixtureDoc(const ReportOptions& options) { return ReportToJson(FixtureReport(options)); }

// A model whose sektor and fungsi were scored on the same 334 real posts, its own matrices
// (measured there) correcting the shares.
ReportOptions ValidatedModel() {
  ReportOptions options;
  ModelSummary model{"default.liputan", "liputan 0.1.0", {}};
  model.label_sets.emplace_back("sektor", RealValidation{"govdev", 334, 0.714, 0.8});
  model.label_sets.emplace_back("fungsi", RealValidation{"govdev", 334, 0.62, 0.7});
  options.model = model;
  options.confusion = ReadConfusionFile(kData + "confusion.json");  // fungsi
  (*options.confusion)["sektor"] = {{"kesehatan", "pendidikan"}, {{9, 1}, {2, 8}}, {}, ""};
  for (auto& [set, matrix] : *options.confusion) matrix.measured_on = "real posts";
  options.confusion_source = "default.liputan/manifest.json";
  options.confusion_from_model = true;
  return options;
}

TEST(ValidityNoteTest, AValidatedModelGivesItsScoresOnRealPosts) {
  const json report = FixtureDoc(ValidatedModel());
  EXPECT_EQ(report.at("model").at("confusion_source"), "real posts");
  EXPECT_EQ(report.at("model").at("label_sets").at("sektor").at("real_examples"), 334);
  EXPECT_EQ(ValidityNoteMarkdown(FixtureReport(ValidatedModel())),
            "**Validitas label konten.** Model default.liputan: macro-F1 pada 334 unggahan nyata "
            "akun pemerintah yang dilabeli manusia (sumber: govdev): sektor 0,71, fungsi 0,62. "
            "Porsi terkoreksi memakai matriks kekeliruan yang diukur pada unggahan nyata "
            "tersebut. Porsi dalam laporan ini belum divalidasi pada unggahannya sendiri: labeli "
            "sampelnya "
            "(liputan annotate sample, lalu report --validation) untuk mengukurnya.\n\n");
}

// Sets scored on different samples give each its count; a set without scores is named.
TEST(ValidityNoteTest, SetsScoredApartOrNotAtAllAreSaidSo) {
  ReportOptions options = ValidatedModel();
  options.model->label_sets[1].second->examples = 300;
  EXPECT_NE(ValidityNoteMarkdown(FixtureReport(options))
                .find("sektor 0,71 (334 unggahan), fungsi 0,62 (300 "
                      "unggahan)."),
            std::string::npos)
      << ValidityNoteMarkdown(FixtureReport(options));
  options.model->label_sets[1].second.reset();
  (*options.confusion)["fungsi"].measured_on = "training corpus (cross-validation)";
  EXPECT_EQ(FixtureDoc(options).at("model").at("confusion_source"),
            "real posts and training corpus (cross-validation)");
  EXPECT_EQ(ValidityNoteMarkdown(FixtureReport(options)),
            "**Validitas label konten.** Model default.liputan: macro-F1 pada 334 unggahan nyata "
            "akun pemerintah yang dilabeli manusia (sumber: govdev): sektor 0,71. Label fungsi "
            "belum divalidasi pada unggahan nyata: anggap porsinya sebagai indikasi. Porsi "
            "terkoreksi memakai matriks kekeliruan yang diukur pada unggahan nyata bila ada, "
            "selain itu hasil validasi silang pada korpus pelatihan. Porsi dalam laporan ini belum "
            "divalidasi pada unggahannya sendiri: labeli sampelnya "
            "(liputan annotate sample, lalu report --validation) untuk mengukurnya.\n\n");
}

TEST(ValidityNoteTest, AModelWithoutRealScoresIsNotValidated) {
  ReportOptions options = ValidatedModel();
  for (auto& [set, real] : options.model->label_sets) real.reset();
  for (auto& [set, matrix] : *options.confusion)
    matrix.measured_on = "training corpus (cross-validation)";
  EXPECT_EQ(ValidityNoteMarkdown(FixtureReport(options)),
            "**Validitas label konten.** Model default.liputan: label konten belum divalidasi "
            "pada unggahan nyata akun-akun ini: anggap porsinya sebagai indikasi. Porsi "
            "terkoreksi memakai matriks kekeliruan hasil validasi silang pada korpus pelatihan, "
            "bukan pada unggahan nyata. Porsi dalam laporan ini belum divalidasi pada unggahannya "
            "sendiri: labeli sampelnya "
            "(liputan annotate sample, lalu report --validation) untuk mengukurnya.\n\n");
}

TEST(ValidityNoteTest, LabelsFromTheInputAreNotValidated) {
  const json plain = FixtureDoc({});
  EXPECT_EQ(plain.at("model").at("labels_from"), "input");
  EXPECT_TRUE(plain.at("model").at("confusion_source").is_null());
  EXPECT_EQ(ValidityNoteMarkdown(FixtureReport({})),
            "**Validitas label konten.** Label konten berasal dari masukan (bukan dari model pada "
            "proses ini) dan belum divalidasi: anggap porsinya sebagai indikasi. Tidak ada "
            "matriks kekeliruan: hanya porsi mentah yang dihitung. Porsi dalam laporan ini belum "
            "divalidasi pada unggahannya sendiri: labeli sampelnya "
            "(liputan annotate sample, lalu report --validation) untuk mengukurnya.\n\n");
  ReportOptions options;
  options.confusion = ReadConfusionFile(kData + "confusion.json");
  options.confusion_source = "confusion.json";
  EXPECT_NE(ValidityNoteMarkdown(FixtureReport(options))
                .find("Porsi terkoreksi memakai matriks kekeliruan dari confusion.json."),
            std::string::npos);
}

// report.md has the note on its first screen: after the input summary, before the ranking.
TEST(ValidityNoteTest, ReportMdStatesItBeforeTheTables) {
  const Report report = FixtureReport(ValidatedModel());
  const std::string md = RenderMarkdown(report);
  const size_t note = md.find("**Validitas label konten.** Model default.liputan");
  ASSERT_NE(note, std::string::npos) << md;
  EXPECT_LT(md.find("Periode data:"), note);
  EXPECT_LT(note, md.find("## Peringkat"));
  EXPECT_LT(note, md.find("|"));
}

// The streamed report.json carries the block byte for byte as the document serialises it.
TEST(ValidityNoteTest, StreamedJsonCarriesTheModelBlock) {
  const Report report = FixtureReport(ValidatedModel());
  std::string streamed;
  StreamJson(report, [&](std::string_view piece) { streamed += piece; });
  EXPECT_EQ(streamed, ReportToJson(report).dump() + "\n");
  EXPECT_NE(streamed.find(R"("model":{"confusion_source":"real posts","created_by":)"),
            std::string::npos);
}

}  // namespace
}  // namespace liputan::report
