#include "report/report_writer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "common/error.h"
#include "corpora/post_reader.h"
#include "report/report_builder.h"
#include "report/report_edges.h"
#include "tests/support/cli_runner.h"

namespace liputan::report {
namespace {

using liputan::testing::ReadFile;
using liputan::testing::TempDir;
using liputan::testing::WriteFile;
using nlohmann::json;

const std::string kData = std::string(LIPUTAN_SOURCE_DIR) + "/tests/data/report/";

json FixtureReport() {
  static const AgencyRegistry registry = AgencyRegistry::ReadCsv(kData + "agencies.csv");
  ReportState state(registry, {});
  PostReader reader({kData + "labeled.jsonl"});
  Post post;
  while (reader.Next(post)) state.Add(post);
  return BuildReport(state, ReportTaxonomy::Default(), {});
}

// The streamed rendering (one file at a time, report.json in pieces) gives exactly RenderReport's
// files, in its order; a report.json over one chunk arrives in several pieces.
TEST(ReportWriterTest, StreamedRenderingGivesTheSameFiles) {
  const json report = FixtureReport();
  const std::set<std::string> formats = {"json", "csv", "md"};
  std::vector<RenderedFile> streamed;
  RenderReportStreamed(report, formats,
                       [&](const std::string& name, const ReportProducer& produce) {
                         streamed.emplace_back(name, "");
                         produce([&](std::string_view piece) { streamed.back().second += piece; });
                       });
  EXPECT_EQ(streamed, RenderReport(report, formats));
  json big = report;
  big["padding"] = json::array();
  for (int i = 0; i < 3000; ++i) big["padding"].push_back(std::string(1024, 'x'));
  std::string joined;
  int pieces = 0;
  StreamJson(big, [&](std::string_view piece) {
    joined += piece;
    ++pieces;
  });
  EXPECT_EQ(joined, RenderJson(big));
  EXPECT_GE(pieces, 3);
}

// `liputan report` keeps network.edges out of the document and streams them from ReportEdges:
// the files must be byte for byte those of a document that holds them, also when the edges run
// over several 1 MiB pieces (40 agencies mentioning each other every month: 18,720 edges).
TEST(ReportWriterTest, EdgesHeldApartGiveTheSameFiles) {
  TempDir dir;
  std::string csv = "handle,name,type,urusan,parent\n";
  for (int i = 0; i < 40; ++i)
    csv += "Opd" + std::to_string(i) + ",Dinas " + std::to_string(i) + ",dinas,1.01,Kab\n";
  WriteFile(dir.File("agencies.csv"), csv);
  const AgencyRegistry registry = AgencyRegistry::ReadCsv(dir.File("agencies.csv"));
  ReportState state(registry, {});
  Post post;
  int id = 0;
  for (int month = 0; month < 12; ++month) {
    for (int a = 0; a < 40; ++a) {
      for (int b = 0; b < 40; ++b) {
        if (a == b) continue;
        post = Post{};
        post.id = std::to_string(++id);
        post.created_at = 1704067200 + month * 31 * 86400;  // 2024-01-01 + month × 31 days
        post.author_handle = "Opd" + std::to_string(a);
        post.mentions = {"Opd" + std::to_string(b)};
        state.Add(post);
      }
    }
  }
  const ReportEdges edges(state);
  ASSERT_EQ(edges.size(), 18720u);
  const json whole = BuildReport(state, ReportTaxonomy::Default(), {});
  ReportOptions apart_options;
  apart_options.edges_in_document = false;
  const json apart = BuildReport(state, ReportTaxonomy::Default(), apart_options);
  EXPECT_FALSE(apart.at("network").contains("edges"));
  EXPECT_EQ(edges.ToJson(), whole.at("network").at("edges"));

  std::vector<RenderedFile> streamed;
  int pieces = 0;
  RenderReportStreamed(
      apart, {"json", "csv", "md"},
      [&](const std::string& name, const ReportProducer& produce) {
        streamed.emplace_back(name, "");
        produce([&](std::string_view piece) {
          streamed.back().second += piece;
          pieces += name == "report.json";
        });
      },
      &edges);
  EXPECT_EQ(streamed, RenderReport(whole, {"json", "csv", "md"}));
  EXPECT_GE(pieces, 3);
}

TEST(ReportWriterTest, CsvTablesAreTidyWithOneHeaderAndEqualWidthRows) {
  for (const auto& [name, text] : RenderCsvTables(FixtureReport())) {
    std::stringstream lines(text);
    std::string header, line;
    std::getline(lines, header);
    const auto width = std::count(header.begin(), header.end(), ',');
    EXPECT_FALSE(header.empty()) << name;
    while (std::getline(lines, line)) {
      if (line.find('"') != std::string::npos) continue;  // quoted cells may hold commas
      EXPECT_EQ(std::count(line.begin(), line.end(), ','), width) << name << ": " << line;
    }
  }
  const std::vector<RenderedFile> csv = RenderCsvTables(FixtureReport());
  auto metrics = std::find_if(csv.begin(), csv.end(), [](const RenderedFile& f) {
    return f.first == "agency_metrics.csv";
  });
  ASSERT_NE(metrics, csv.end());
  EXPECT_NE(metrics->second.find("DinkesContoh,total,engagement,E,1.5\n"), std::string::npos);
}

TEST(ReportWriterTest, MarkdownHasTheRankingAndAFindingPerAgency) {
  const std::string md = RenderMarkdown(FixtureReport());
  EXPECT_NE(md.find("| Akun | Konten | Partisipasi | Integrasi |"), std::string::npos);
  EXPECT_NE(
      md.find("- Dinas Kesehatan Kab. Contoh: 40% unggahan berupa informasi layanan; 40% bersifat "
              "seremonial atau ucapan"),
      std::string::npos);
  EXPECT_NE(md.find("- Dinas Lingkungan Hidup Kab. Contoh: tidak ada unggahan"), std::string::npos);
  EXPECT_NE(md.find("| 0,250 | 0,667 | 25% | 75% | 0,111 |"), std::string::npos);
}

TEST(ReportWriterTest, FormatsAreValidated) {
  EXPECT_EQ(ParseFormats("json,md"), std::set<std::string>({"json", "md"}));
  EXPECT_THROW(ParseFormats("pdf"), Error);
  EXPECT_THROW(ParseFormats(""), Error);
}

// A run that fails while writing leaves the previous report as it was, and no temporary files.
TEST(ReportWriterTest, AFailedWriteChangesNothing) {
  TempDir dir;
  WriteFile(dir.File("report.md"), "old report\n");
  std::filesystem::create_directories(dir.File("report.json/blocker"));  // rename onto it fails
  const std::vector<RenderedFile> files = {{"report.md", "new report\n"}, {"report.json", "{}\n"}};
  EXPECT_THROW(WriteReportFiles(dir.path(), files), Error);
  EXPECT_EQ(ReadFile(dir.File("report.md")), "old report\n");
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir.path()))
    names.push_back(entry.path().filename());
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, std::vector<std::string>({"report.json", "report.md"}));
}

TEST(ReportWriterTest, WritesEveryFileIntoANewDirectory) {
  TempDir dir;
  WriteReportFiles(dir.File("out/nested"), RenderReport(FixtureReport(), {"json", "csv", "md"}));
  EXPECT_TRUE(std::filesystem::exists(dir.File("out/nested/report.json")));
  EXPECT_TRUE(std::filesystem::exists(dir.File("out/nested/ranking.csv")));
  EXPECT_TRUE(std::filesystem::exists(dir.File("out/nested/report.md")));
  EXPECT_EQ(json::parse(ReadFile(dir.File("out/nested/report.json"))).at("format"),
            "liputan-report");
}

}  // namespace
}  // namespace liputan::report
