#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "common/error.h"
#include "report/render/render_report.h"
#include "tests/render/fixture_view.h"
#include "tests/render/render_test_util.h"
#include "tests/support/cli_runner.h"

namespace liputan::render {
namespace {

using liputan::testing::ReadFile;
using liputan::testing::TempDir;
using testing::Count;
using testing::FixtureView;

struct Rendered {
  std::string html;
  std::vector<std::string> files;
};

Rendered RenderHtmlOf(const ReportView& view, Lang lang, const TempDir& dir) {
  testing::WriteFakeBundles(dir.File("node_modules"));
  RenderOptions options;
  options.out_dir = dir.File("out");
  options.formats = {"html"};
  options.lang = lang;
  options.node_modules = dir.File("node_modules");
  Rendered rendered;
  rendered.files = RenderReport(view, options);
  rendered.html = ReadFile(dir.File("out/report.html"));
  return rendered;
}

nlohmann::json Specs(const std::string& html) {
  const std::string open = "<script type=\"application/json\" id=\"liputan-specs\">";
  const size_t begin = html.find(open) + open.size();
  return nlohmann::json::parse(html.substr(begin, html.find("</script>", begin) - begin));
}

std::set<std::string> ChartContainers(const std::string& html) {
  std::set<std::string> ids;
  const std::regex container("class=\"chart\" id=\"chart-[^\"]+\" data-chart=\"([^\"]+)\"");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), container);
       it != std::sregex_iterator(); ++it) {
    ids.insert((*it)[1]);
  }
  return ids;
}

TEST(HtmlReport, HasEverySectionAndOneArticlePerAgency) {
  TempDir dir;
  const auto out = RenderHtmlOf(FixtureView(8), Lang::kId, dir);
  for (const char* section : {"overview", "comparison", "agencies", "methods"}) {
    EXPECT_EQ(Count(out.html, "data-section=\"" + std::string(section) + "\""), 1u) << section;
  }
  EXPECT_EQ(Count(out.html, "data-section=\"agency\""), 8u);
  EXPECT_EQ(Count(out.html, "data-factor="), 3u) << "konten, partisipasi, integrasi";
  EXPECT_EQ(Count(out.html, "<tr><td class=\"num rank\">"), 8u) << "ranking rows";
  EXPECT_NE(out.html.find("data-table=\"keywords\""), std::string::npos);
  EXPECT_NE(out.html.find("data-table=\"homogeneity\""), std::string::npos);
}

TEST(HtmlReport, EveryChartContainerHasASpecAndAFileBesideTheReport) {
  TempDir dir;
  const auto out = RenderHtmlOf(FixtureView(8), Lang::kId, dir);
  const auto specs = Specs(out.html);
  const auto containers = ChartContainers(out.html);
  std::set<std::string> spec_ids;
  for (const auto& [id, spec] : specs.items()) spec_ids.insert(id);
  EXPECT_EQ(containers, spec_ids);
  for (const char* id : {"factors", "mix-sektor", "mix-fungsi", "heatmap-agency-sector",
                         "jsd-sektor", "ca-sektor", "activity", "period-mix-sektor", "lift-fungsi",
                         "zero-engagement", "network", "agency-1-mix", "agency-1-keyness"}) {
    EXPECT_EQ(containers.count(id), 1u) << id;
    const std::string file = dir.File("out/charts/" + std::string(id) + ".vl.json");
    ASSERT_TRUE(std::filesystem::exists(file)) << file;
    const auto spec = nlohmann::json::parse(ReadFile(file));
    EXPECT_EQ(spec, specs[id]) << "the .vl.json is the spec the page renders";
    EXPECT_NE(spec["$schema"].get<std::string>().find("vega-lite"), std::string::npos);
  }
  EXPECT_EQ(out.files.back(), dir.File("out/report.html"));
}

TEST(HtmlReport, DataIsEscapedInTheMarkupAndInTheEmbeddedJson) {
  TempDir dir;
  ReportView view = FixtureView(3);
  view.agencies[1].name = "Dinas <b>Bold</b> & \"Quoted\" \u2028";
  const auto out = RenderHtmlOf(view, Lang::kId, dir);
  EXPECT_EQ(out.html.find("window.__pwned=1</script>"), std::string::npos);
  EXPECT_EQ(out.html.find("<img src=x"), std::string::npos);
  EXPECT_EQ(out.html.find("<b>Bold</b>"), std::string::npos);
  EXPECT_NE(
      out.html.find(
          "Info vaksin &lt;script&gt;window.__pwned=1&lt;/script&gt; &amp; &quot;hoaks&quot;"),
      std::string::npos);
  EXPECT_NE(out.html.find("Dinas &lt;b&gt;Bold&lt;/b&gt; &amp; &quot;Quoted&quot;"),
            std::string::npos);
  EXPECT_EQ(out.html.find("<b>tebal</b>"), std::string::npos)
      << "a term with markup in the keyword table";
  // Only our own script elements: the specs, the embed options, and five scripts.
  EXPECT_EQ(Count(out.html, "<script"), 7u);
  EXPECT_EQ(Count(out.html, "</script>"), 7u);
  const std::string open = "id=\"liputan-specs\">";
  const size_t begin = out.html.find(open);
  const std::string specs_text = out.html.substr(begin, out.html.find("</script>", begin) - begin);
  EXPECT_EQ(specs_text.find("\u2028"), std::string::npos) << "raw U+2028 inside a script element";
  EXPECT_NE(specs_text.find("\\u2028"), std::string::npos);
  EXPECT_EQ(specs_text.find('<', open.size()), std::string::npos);
  const auto specs = Specs(out.html);
  EXPECT_NE(specs.dump().find("Dinas <b>Bold</b>"), std::string::npos)
      << "JSON escaping keeps the value";
}

TEST(HtmlReport, IndonesianByDefaultEnglishOnRequest) {
  TempDir id_dir, en_dir;
  const ReportView view = FixtureView(4);
  const auto id = RenderHtmlOf(view, Lang::kId, id_dir);
  const auto en = RenderHtmlOf(view, Lang::kEn, en_dir);
  EXPECT_NE(id.html.find("<html lang=\"id\">"), std::string::npos);
  EXPECT_NE(en.html.find("<html lang=\"en\">"), std::string::npos);
  EXPECT_NE(id.html.find("<h2>Perbandingan antarinstansi</h2>"), std::string::npos);
  EXPECT_NE(en.html.find("<h2>Comparing agencies</h2>"), std::string::npos);
  EXPECT_NE(id.html.find(">Konten</h3>"), std::string::npos);
  EXPECT_NE(en.html.find(">Content</h3>"), std::string::npos);
  EXPECT_NE(id.html.find("46,2%"), std::string::npos) << "Indonesian decimal comma";
  EXPECT_NE(en.html.find("46.2%"), std::string::npos);
  // Category names in charts come from the taxonomy names in the view, per language.
  EXPECT_NE(Specs(id.html)["mix-sektor"].dump().find("Kesehatan"), std::string::npos);
  EXPECT_NE(Specs(en.html)["mix-sektor"].dump().find("Health"), std::string::npos);
  EXPECT_NE(Specs(en.html)["mix-sektor"].dump().find("\"Corrected\""), std::string::npos);
  EXPECT_NE(Specs(id.html)["mix-sektor"].dump().find("\"Terkoreksi\""), std::string::npos);
  EXPECT_NE(id.html.find("memuat"), std::string::npos) << "Indonesian finding";
  EXPECT_NE(en.html.find("service information; most"), std::string::npos) << "English finding";
}

TEST(HtmlReport, SingleAgencyHasNoComparisonSection) {
  TempDir dir;
  const auto out = RenderHtmlOf(FixtureView(1), Lang::kId, dir);
  EXPECT_EQ(Count(out.html, "data-section=\"comparison\""), 0u);
  EXPECT_EQ(Count(out.html, "data-section=\"agency\""), 1u);
  EXPECT_NE(out.html.find("hanya memuat satu instansi"), std::string::npos);
  const auto containers = ChartContainers(out.html);
  EXPECT_EQ(containers.count("jsd-sektor"), 0u) << "no distance between one agency and itself";
  EXPECT_EQ(containers.count("agency-1-mix"), 1u);
}

// Every agency has its section; the agency × agency charts (JSD heatmaps, sociogram) show the 40
// best ranked and say so, as 50² cells and ties are more than a reader or a browser can take in
// (at 500 agencies a heatmap was 56 MB).
TEST(HtmlReport, FiftyAgencies) {
  TempDir dir;
  const ReportView view = FixtureView(50);
  const auto out = RenderHtmlOf(view, Lang::kEn, dir);
  EXPECT_EQ(Count(out.html, "data-section=\"agency\""), 50u);
  const auto containers = ChartContainers(out.html);
  EXPECT_EQ(containers.count("agency-50-mix"), 1u);
  const nlohmann::json specs = Specs(out.html);
  EXPECT_EQ(specs["jsd-sektor"]["data"]["values"].size(), 1600u);
  const nlohmann::json& nodes = specs["network"]["datasets"]["nodes"];
  ASSERT_EQ(nodes.size(), 40u);
  std::vector<RankingRow> ranking = view.ranking;
  std::sort(ranking.begin(), ranking.end(),
            [](const RankingRow& a, const RankingRow& b) { return a.rank < b.rank; });
  std::set<std::string> best, drawn;
  for (size_t i = 0; i < 40; ++i) best.insert(ranking[i].agency);
  for (const auto& node : nodes) drawn.insert(node["id"].get<std::string>());
  EXPECT_EQ(drawn, best);
  for (const auto& edge : specs["network"]["datasets"]["edges"]) {
    EXPECT_NE(edge["source"], edge["target"]);
  }
  EXPECT_GE(Count(out.html, "Showing the 40 best ranked of 50 agencies"), 3u)
      << "two JSD heatmaps and the sociogram say what they leave out";
  const auto small = RenderHtmlOf(FixtureView(12), Lang::kEn, dir);
  EXPECT_EQ(Specs(small.html)["jsd-sektor"]["data"]["values"].size(), 144u);
  EXPECT_EQ(Count(small.html, "best ranked of"), 0u);
}

TEST(HtmlReport, SameViewSameBytes) {
  TempDir a, b;
  const ReportView view = FixtureView(5);
  EXPECT_EQ(RenderHtmlOf(view, Lang::kId, a).html, RenderHtmlOf(view, Lang::kId, b).html);
}

TEST(HtmlReport, MissingBundlesAreAClearErrorAndWriteNothing) {
  TempDir dir;
  RenderOptions options;
  options.out_dir = dir.File("out");
  options.formats = {"html"};
  options.node_modules = dir.File("no_node_modules");
  try {
    RenderReport(FixtureView(2), options);
    FAIL() << "expected an error";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::kNoInput);
    EXPECT_NE(std::string(error.what()).find("vega/build/vega.min.js"), std::string::npos);
    EXPECT_NE(std::string(error.what()).find("npm ci"), std::string::npos);
  }
  EXPECT_FALSE(std::filesystem::exists(dir.File("out/report.html")));
  EXPECT_FALSE(std::filesystem::exists(dir.File("out/charts")));
}

TEST(HtmlReport, InlinesBundlesScriptSafely) {
  TempDir dir;
  const auto out = RenderHtmlOf(FixtureView(2), Lang::kId, dir);
  EXPECT_NE(out.html.find("/* fake vega-lite */ var s = \"<\\/script>\";"), std::string::npos);
  EXPECT_NE(out.html.find("vega-lite 0.0.0-test"), std::string::npos);
}

}  // namespace
}  // namespace liputan::render
