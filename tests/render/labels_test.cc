#include "report/render/labels.h"

#include <gtest/gtest.h>

#include "common/error.h"
#include "tests/support/cli_runner.h"

namespace liputan::render {
namespace {

ReportView NamedView() {
  ReportView view;
  view.agencies = {{"dinkes", "Dinas Kesehatan", "dinas", "DinkesPml"}, {"anon", "", "dinas", ""}};
  view.categories = {{"kesehatan", {"Kesehatan", "Health"}}, {"sosial", {"", "Social welfare"}}};
  return view;
}

TEST(Labels, NumbersFollowTheLanguage) {
  const ReportView view;
  const Labels id(Lang::kId, view), en(Lang::kEn, view);
  EXPECT_EQ(id.Integer(1234567), "1.234.567");
  EXPECT_EQ(en.Integer(1234567), "1,234,567");
  EXPECT_EQ(id.Percent(0.6123), "61,2%");
  EXPECT_EQ(en.Percent(0.6123), "61.2%");
  EXPECT_EQ(id.Decimal(-1234.5, 2), "-1.234,50");
  EXPECT_EQ(en.Format(kMissing, "percent"), "–");
  EXPECT_EQ(en.Format(42, "number"), "42");
}

TEST(Labels, UiStringsInBothLanguages) {
  const ReportView view;
  EXPECT_EQ(Labels(Lang::kId, view).Ui("overview"), "Ringkasan");
  EXPECT_EQ(Labels(Lang::kEn, view).Ui("overview"), "Overview");
  EXPECT_EQ(Labels(Lang::kEn, view).Ui("no_such_key"), "no_such_key");
}

TEST(Labels, NamesFallBackToTheOtherLanguageThenTheSlug) {
  const ReportView view = NamedView();
  const Labels id(Lang::kId, view), en(Lang::kEn, view);
  EXPECT_EQ(id.Category("kesehatan"), "Kesehatan");
  EXPECT_EQ(en.Category("kesehatan"), "Health");
  EXPECT_EQ(id.Category("sosial"), "Social welfare");
  EXPECT_EQ(id.Category("pertanian_pangan"), "pertanian_pangan");
  EXPECT_EQ(id.Agency("dinkes"), "Dinas Kesehatan");
  EXPECT_EQ(id.Agency("anon"), "anon");
}

TEST(Labels, UnknownLanguageIsAUsageError) {
  try {
    ParseLang("fr");
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::kUsage);
  }
  EXPECT_EQ(ParseLang("en"), Lang::kEn);
}

TEST(Labels, ReadsCategoryNamesFromTaxonomyFiles) {
  liputan::testing::TempDir dir;
  liputan::testing::WriteFile(dir.File("sektor.tsv"),
                              "# comment\nslug\tname_id\tname_en\tdescription\n"
                              "kesehatan\tKesehatan\tHealth\tpuskesmas\n");
  const auto names = LoadCategoryNames(dir.path());
  ASSERT_EQ(names.count("kesehatan"), 1u);
  EXPECT_EQ(names.at("kesehatan").en, "Health");
}

TEST(Labels, ReadsTheProjectTaxonomyWhenPresent) {
  const auto names = LoadCategoryNames(std::string(LIPUTAN_SOURCE_DIR) + "/corpora/taxonomy");
  ASSERT_EQ(names.count("kesehatan"), 1u);
  EXPECT_EQ(names.at("kesehatan").id, "Kesehatan");
  EXPECT_EQ(names.at("kesehatan").en, "Health");
  ASSERT_EQ(names.count("info_layanan"), 1u) << "both axes are read";
}

}  // namespace
}  // namespace liputan::render
