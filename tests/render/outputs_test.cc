#include <gtest/gtest.h>

#include <regex>

#include "report/render/network_export.h"
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

std::map<std::string, std::string> RenderXlsx(const ReportView& view, Lang lang,
                                              const TempDir& dir) {
  RenderOptions options;
  options.out_dir = dir.path();
  options.formats = {"xlsx"};
  options.lang = lang;
  RenderReport(view, options);
  return testing::ReadZip(dir.File("report.xlsx"));
}

// Sheet name → its XML, via workbook.xml order (libxlsxwriter numbers sheets in order).
std::map<std::string, std::string> Sheets(const std::map<std::string, std::string>& zip) {
  std::map<std::string, std::string> sheets;
  const auto names = testing::SheetNames(zip.at("xl/workbook.xml"));
  for (size_t i = 0; i < names.size(); ++i)
    sheets[names[i]] = zip.at("xl/worksheets/sheet" + std::to_string(i + 1) + ".xml");
  return sheets;
}

TEST(Xlsx, OneSheetPerTableWithLocalizedNamesAndColumns) {
  TempDir dir;
  const auto zip = RenderXlsx(FixtureView(6), Lang::kId, dir);
  const auto names = testing::SheetNames(zip.at("xl/workbook.xml"));
  const std::vector<std::string> expected{"Ringkasan",         "Peringkat",
                                          "Grafik sektor",     "Grafik fungsi",
                                          "Instansi",          "Komposisi sektor",
                                          "Komposisi fungsi",  "Instansi x sektor",
                                          "JSD sektor",        "JSD fungsi",
                                          "Uji homogenitas",   "Analisis korespondensi",
                                          "Aktivitas",         "Komposisi per periode",
                                          "Keterlibatan",      "Lift keterlibatan",
                                          "Jaringan - simpul", "Jaringan - sisi",
                                          "Jaringan - ukuran", "Kata terbanyak",
                                          "Kata kunci"};
  EXPECT_EQ(names, expected);
  const auto shared = testing::SharedStrings(zip.at("xl/sharedStrings.xml"));
  const auto sheets = Sheets(zip);
  EXPECT_EQ(testing::HeaderRow(sheets.at("Peringkat"), shared),
            (std::vector<std::string>{"Peringkat", "ID instansi", "Instansi", "Konten",
                                      "Partisipasi", "Integrasi", "Keseluruhan", "Temuan"}));
  EXPECT_EQ(
      testing::HeaderRow(sheets.at("Kata kunci"), shared),
      (std::vector<std::string>{"ID instansi", "Instansi", "Peringkat", "Kata", "Frekuensi",
                                "Frekuensi instansi lain", "G²", "Log ratio (efek)", "Nilai p"}));
  EXPECT_EQ(testing::RowCount(sheets.at("Peringkat")), 7u) << "header + 6 agencies";
  EXPECT_EQ(testing::RowCount(sheets.at("Komposisi sektor")), 1u + 6 * 9)
      << "agency × category rows";
}

TEST(Xlsx, EnglishSheetNames) {
  TempDir dir;
  const auto zip = RenderXlsx(FixtureView(2), Lang::kEn, dir);
  const auto names = testing::SheetNames(zip.at("xl/workbook.xml"));
  ASSERT_GE(names.size(), 4u);
  EXPECT_EQ(names[0], "Overview");
  EXPECT_EQ(names[2], "Sector chart");
  const auto shared = testing::SharedStrings(zip.at("xl/sharedStrings.xml"));
  EXPECT_EQ(testing::HeaderRow(Sheets(zip).at("Ranking"), shared)[7], "Finding");
}

TEST(Xlsx, NativeStackedPercentChartsForTheContentMix) {
  TempDir dir;
  const auto zip = RenderXlsx(FixtureView(5), Lang::kId, dir);
  size_t charts = 0;
  for (const auto& [name, xml] : zip) {
    if (name.rfind("xl/charts/chart", 0) != 0) continue;
    ++charts;
    EXPECT_NE(xml.find("<c:barDir val=\"bar\"/>"), std::string::npos);
    EXPECT_NE(xml.find("<c:grouping val=\"percentStacked\"/>"), std::string::npos);
    EXPECT_EQ(Count(xml, "<c:ser>"), xml.find("Sektor") != std::string::npos ? 9u : 8u)
        << "a series per category";
  }
  EXPECT_EQ(charts, 4u) << "raw and corrected for both axes";
}

TEST(Xlsx, FiftyAgencies) {
  TempDir dir;
  const auto zip = RenderXlsx(FixtureView(50), Lang::kId, dir);
  const auto sheets = Sheets(zip);
  EXPECT_EQ(testing::RowCount(sheets.at("Instansi")), 51u);
  EXPECT_EQ(testing::RowCount(sheets.at("JSD sektor")), 51u);
  EXPECT_EQ(testing::RowCount(sheets.at("Jaringan - simpul")), 51u);
}

TEST(Network, GexfHasEveryAgencyAndEveryLayeredEdge) {
  ReportView view = FixtureView(8);
  view.agencies[0].name = "Diskominfo <Pemalang> & \"Co\"";
  const std::string gexf = NetworkToGexf(view, Labels(Lang::kId, view));
  EXPECT_EQ(Count(gexf, "<node id="), 8u);
  EXPECT_EQ(Count(gexf, "<edge id="), view.network.edges.size());
  for (const char* layer : {"mention", "retweet", "quote", "reply"}) {
    EXPECT_GT(Count(gexf, "kind=\"" + std::string(layer) + "\""), 0u) << layer;
  }
  for (const char* attribute :
       {"name", "type", "handle", "in_degree", "out_degree", "betweenness", "isolate"}) {
    EXPECT_EQ(Count(gexf, "title=\"" + std::string(attribute) + "\""), 1u) << attribute;
  }
  EXPECT_NE(gexf.find("label=\"Diskominfo &lt;Pemalang&gt; &amp; &quot;Co&quot;\""),
            std::string::npos);
  EXPECT_EQ(Count(gexf, "<attvalue for=\"8\" value=\"true\"/>"), 2u) << "two isolates flagged";
}

TEST(Network, GraphmlDeclaresKeysAndKeepsParallelLayers) {
  ReportView view = FixtureView(4);
  view.network.edges.push_back({view.agencies[1].id, view.agencies[0].id, "quote", 2});
  const std::string graphml = NetworkToGraphml(view, Labels(Lang::kEn, view));
  EXPECT_EQ(Count(graphml, "<node id="), 4u);
  EXPECT_EQ(Count(graphml, "<edge id="), view.network.edges.size());
  EXPECT_NE(graphml.find("edgedefault=\"directed\""), std::string::npos);
  EXPECT_NE(graphml.find("<key id=\"layer\" for=\"edge\""), std::string::npos);
  EXPECT_NE(graphml.find(
                "<key id=\"in_degree\" for=\"node\" attr.name=\"in_degree\" attr.type=\"long\"/>"),
            std::string::npos);
  EXPECT_EQ(EscapeXml(std::string("a\x01<b")), "a&lt;b") << "control characters are not XML";
}

TEST(Network, FilesWrittenByRenderReport) {
  TempDir dir;
  RenderOptions options;
  options.out_dir = dir.path();
  options.formats = {"gexf", "graphml", "csv", "md"};
  const auto written = RenderReport(FixtureView(3), options);
  EXPECT_EQ(written,
            (std::vector<std::string>{dir.File("network.gexf"), dir.File("network.graphml"),
                                      dir.File("top_terms.csv"), dir.File("keywords.csv")}));
}

TEST(WordStatsCsv, TidyColumnsOneRowPerAgencyAndTerm) {
  TempDir dir;
  RenderOptions options;
  options.out_dir = dir.path();
  options.formats = {"csv"};
  const ReportView view = FixtureView(3);
  RenderReport(view, options);
  const std::string top = ReadFile(dir.File("top_terms.csv"));
  EXPECT_EQ(top.substr(0, top.find('\n')), "agency_id,agency,rank,term,count,per_10k");
  size_t expected_rows = 0;
  for (const AgencyTerms& t : view.terms) expected_rows += t.top.size();
  EXPECT_EQ(Count(top, "\n"), 1 + expected_rows);
  const std::string keywords = ReadFile(dir.File("keywords.csv"));
  EXPECT_EQ(keywords.substr(0, keywords.find('\n')),
            "agency_id,agency,rank,term,count,count_rest,g2,log_ratio,p_value");
  EXPECT_NE(keywords.find("\nkominfo,Dinas Komunikasi dan Informatika Kabupaten Pemalang,1,"),
            std::string::npos);
}

}  // namespace
}  // namespace liputan::render
