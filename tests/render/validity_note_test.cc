#include "report/render/validity_note.h"

#include <gtest/gtest.h>

#include <tuple>

#include "report/render/render_report.h"
#include "report/render/view_from_report.h"
#include "tests/render/fixture_view.h"
#include "tests/render/render_test_util.h"
#include "tests/support/cli_runner.h"

namespace liputan::render {
namespace {

using liputan::testing::ReadFile;
using liputan::testing::TempDir;
using testing::FixtureView;

// A report whose posts a bundle labeled, scored on 334 real posts for both sets, its own
// matrices (measured there) correcting the shares.
report::Report ValidatedModel() {
  report::Report r;
  report::ModelSummary model;
  model.name = "default.liputan";
  model.created_by = "liputan 0.1.0";
  model.label_sets = {{"sektor", report::RealValidation{"govdev", 334, 0.714, 0.8}},
                      {"fungsi", report::RealValidation{"govdev", 334, 0.62, 0.7}}};
  r.model = model;
  r.confusion_source = "real posts";
  return r;
}

// FixtureView's agencies with the label validity of `report`.
ReportView ViewWith(const report::Report& report) {
  ReportView view = FixtureView(3);
  view.label_validity = ViewFromReport(report, {}).label_validity;
  view.label_validity.any_labels = true;  // FixtureView's agencies have mixes
  return view;
}

std::string Note(const ReportView& view, Lang lang) {
  return ValidityNote(view, Labels(lang, view));
}

std::string RenderHtml(const ReportView& view, Lang lang, const TempDir& dir) {
  testing::WriteFakeBundles(dir.File("node_modules"));
  RenderOptions options;
  options.out_dir = dir.File("out");
  options.formats = {"html"};
  options.lang = lang;
  options.node_modules = dir.File("node_modules");
  RenderReport(view, options);
  return ReadFile(dir.File("out/report.html"));
}

TEST(ValidityNote, TheViewCarriesTheModel) {
  const ReportView view = ViewWith(ValidatedModel());
  const LabelValidity& v = view.label_validity;
  EXPECT_TRUE(v.known);
  EXPECT_TRUE(v.from_model);
  EXPECT_EQ(v.model, "default.liputan");
  ASSERT_EQ(v.label_sets.size(), 2u);
  EXPECT_EQ(v.label_sets[0].axis, "sektor") << "sektor first, as the report lists the axes";
  EXPECT_TRUE(v.label_sets[0].validated);
  EXPECT_DOUBLE_EQ(v.label_sets[0].macro_f1, 0.714);
  EXPECT_EQ(v.label_sets[0].examples, 334);
  EXPECT_EQ(v.label_sets[0].source, "govdev");
  EXPECT_TRUE(v.has_confusion);
  EXPECT_EQ(v.confusion_source, "real posts");
}

TEST(ValidityNote, AValidatedModelInBothLanguages) {
  const ReportView view = ViewWith(ValidatedModel());
  EXPECT_EQ(Note(view, Lang::kEn),
            "Model default.liputan: macro-F1 on 334 real posts of government accounts labeled by "
            "people (source: govdev): Sector 0.71, Function 0.62. Corrected shares use the "
            "confusion matrix measured on those posts. The shares of this report are not validated "
            "on its own posts: label a sample of them "
            "(liputan annotate sample, then report --validation) to measure how right they are.");
  EXPECT_EQ(Note(view, Lang::kId),
            "Model default.liputan: macro-F1 pada 334 unggahan nyata akun pemerintah yang "
            "dilabeli manusia (sumber: govdev): Sektor 0,71, Fungsi 0,62. Porsi terkoreksi "
            "memakai matriks kekeliruan yang diukur pada unggahan nyata tersebut. Porsi dalam "
            "laporan ini belum divalidasi pada unggahannya sendiri: labeli sampelnya "
            "(liputan annotate sample, lalu report --validation) untuk mengukurnya.");
}

TEST(ValidityNote, PartlyValidatedModelNamesTheSetsWithoutScores) {
  report::Report model = ValidatedModel();
  model.model->label_sets[1].second.reset();
  model.confusion_source = "real posts and training corpus (cross-validation)";
  EXPECT_EQ(Note(ViewWith(model), Lang::kEn),
            "Model default.liputan: macro-F1 on 334 real posts of government accounts labeled by "
            "people (source: govdev): Sector 0.71. Function: not validated on real posts; treat "
            "these shares as indicative. Corrected shares use the confusion matrix measured on "
            "real posts where there is one, else the one cross-validated on the training corpus. "
            "The shares of this report are not validated on its own posts: label a sample of them "
            "(liputan annotate sample, then report --validation) to measure how right they are.");
  model = ValidatedModel();
  model.model->label_sets[1].second->examples = 300;
  EXPECT_NE(Note(ViewWith(model), Lang::kEn)
                .find("labeled by people (source: govdev): Sector 0.71 (334 posts), Function "
                      "0.62 (300 posts)."),
            std::string::npos)
      << Note(ViewWith(model), Lang::kEn);
}

TEST(ValidityNote, UnvalidatedModelAndLabelsFromTheInput) {
  report::Report model = ValidatedModel();
  for (auto& [set, real] : model.model->label_sets) real.reset();
  model.confusion_source = "training corpus (cross-validation)";
  EXPECT_EQ(Note(ViewWith(model), Lang::kEn),
            "Model default.liputan: the content labels are not validated on real posts of these "
            "accounts: treat the shares as indicative. Corrected shares use the confusion matrix "
            "cross-validated on the training corpus, not measured on real posts. The shares of "
            "this report are not validated on its own posts: label a sample of them "
            "(liputan annotate sample, then report --validation) to measure how right they are.");
  report::Report input;  // no model: the labels came with the input
  input.confusion_source = "c.json";
  EXPECT_EQ(Note(ViewWith(input), Lang::kEn),
            "The content labels came with the input (not from a model of this run) and are not "
            "validated: treat the shares as indicative. Corrected shares use the confusion matrix "
            "from c.json. The shares of this report are not validated on its own posts: label a "
            "sample of them "
            "(liputan annotate sample, then report --validation) to measure how right they are.");
  ReportView unlabeled = ViewWith(input);
  unlabeled.label_validity.any_labels = false;
  EXPECT_EQ(Note(unlabeled, Lang::kId), "Unggahan tidak membawa label konten.");
}

// `report --validation`: the macro-F1 on the user's own labeled posts with its interval and count
// comes first, the real-post scores still follow, and a set it validates is not called
// unvalidated; the "not validated here" sentence is gone.
TEST(ValidityNote, ValidationOnTheUsersOwnPostsInBothLanguages) {
  report::Report model = ValidatedModel();
  model.model->label_sets[1].second.reset();
  model.confusion_source = "labeled posts";
  report::ValidationSummary validation;
  validation.file = "labels.csv";
  validation.sample = "validate";
  for (const auto& [set, f1, low, high] :
       {std::tuple{"fungsi", 0.61, 0.55, 0.67}, std::tuple{"sektor", 0.74, 0.68, 0.8}}) {
    report::ValidatedScores scores;
    scores.label_set = set;
    scores.labeled_posts = 200;
    scores.macro_f1 = f1;
    scores.macro_f1_low = low;
    scores.macro_f1_high = high;
    validation.label_sets.push_back(scores);
  }
  model.model->validation = validation;
  EXPECT_EQ(Note(ViewWith(model), Lang::kEn),
            "Model default.liputan: macro-F1 on 200 posts of this report that you labeled "
            "(labels.csv, a stratified sample weighted by 1/inclusion probability): Sector 0.74 "
            "(95% interval: 0.68–0.80), Function 0.61 (0.55–0.67). Model default.liputan: "
            "macro-F1 on 334 real posts of government accounts labeled by people (source: "
            "govdev): Sector 0.71. Corrected shares use the confusion matrix of those posts you "
            "labeled, weighted as the estimate is.");
  model.model->validation->sample = "teach";
  model.model->validation->simple_random_sample_assumed = true;
  model.model->validation->label_sets[0].labeled_posts = 150;
  EXPECT_NE(Note(ViewWith(model), Lang::kId)
                .find("Model default.liputan: macro-F1 pada unggahan laporan ini yang dilabeli "
                      "sendiri (labels.csv): Sektor 0,74 (selang 95%: 0,68–0,80) [200 unggahan], "
                      "Fungsi 0,61 (0,55–0,67) [150 unggahan]. Selang ini menganggap unggahan "
                      "berlabel itu sampel acak sederhana"),
            std::string::npos)
      << Note(ViewWith(model), Lang::kId);
}

// On the page: in the overview, before the factor cards, tables and charts, escaped as data; a
// view without it renders no trace of it.
TEST(ValidityNote, HtmlStatesItBeforeTheTablesAndCharts) {
  TempDir dir, plain_dir;
  report::Report model = ValidatedModel();
  model.model->name = "<b>m</b>.liputan";
  const std::string html = RenderHtml(ViewWith(model), Lang::kEn, dir);
  const size_t note = html.find("data-note=\"label-validity\"");
  ASSERT_NE(note, std::string::npos);
  EXPECT_LT(html.find("data-section=\"overview\""), note);
  for (const char* later : {"data-factor=", "data-table=\"ranking\"", "class=\"chart\""})
    EXPECT_LT(note, html.find(later)) << later;
  EXPECT_NE(html.find("<strong>Validity of the content labels.</strong> Model "
                      "&lt;b&gt;m&lt;/b&gt;.liputan: macro-F1 on 334 real posts"),
            std::string::npos);
  const std::string plain = RenderHtml(FixtureView(3), Lang::kEn, plain_dir);
  EXPECT_EQ(plain.find("label-validity"), std::string::npos);
  EXPECT_NE(plain.find("</p>\n  <div class=\"factors\">"), std::string::npos)
      << "the lede's line as it was";
}

}  // namespace
}  // namespace liputan::render
