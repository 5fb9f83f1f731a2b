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

Report FixtureReport(const ReportOptions& options = {}) {
  static const AgencyRegistry registry = AgencyRegistry::ReadCsv(kData + "agencies.csv");
  ReportState state(registry, {});
  PostReader reader({kData + "labeled.jsonl"});
  Post post;
  while (reader.Next(post)) state.Add(post);
  return BuildReport(state, ReportTaxonomy::Default(), options);
}

// The streamed rendering (one file at a time, report.json in pieces) gives exactly RenderReport's
// files, in its order; a report.json over one chunk arrives in several pieces.
TEST(ReportWriterTest, StreamedRenderingGivesTheSameFiles) {
  const Report report = FixtureReport();
  const std::set<std::string> formats = {"json", "csv", "md"};
  std::vector<RenderedFile> streamed;
  RenderReportStreamed(report, formats,
                       [&](const std::string& name, const ReportProducer& produce) {
                         streamed.emplace_back(name, "");
                         produce([&](std::string_view piece) { streamed.back().second += piece; });
                       });
  EXPECT_EQ(streamed, RenderReport(report, formats));
  Report big = report;
  for (int i = 0; i < 3000; ++i) {
    big.agencies.push_back(report.agencies.front());
    big.agencies.back().name = std::string(1024, 'x');
  }
  std::string joined;
  int pieces = 0;
  StreamJson(big, [&](std::string_view piece) {
    joined += piece;
    ++pieces;
  });
  EXPECT_EQ(joined, ReportToJson(big).dump() + "\n");
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
  const Report whole = BuildReport(state, ReportTaxonomy::Default(), {});
  ReportOptions apart_options;
  apart_options.edges_in_document = false;
  const Report apart = BuildReport(state, ReportTaxonomy::Default(), apart_options);
  EXPECT_FALSE(apart.network.edges);
  EXPECT_FALSE(ReportToJson(apart).at("network").contains("edges"));
  EXPECT_EQ(edges.ToJson(), ReportToJson(whole).at("network").at("edges"));

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

// With the fixture's confusion matrix, so that the report has corrected shares.
ReportOptions CorrectedOptions() {
  ReportOptions options;
  options.confusion = ReadConfusionFile(kData + "confusion.json");
  options.confusion_source = "confusion.json";
  options.corrected.bootstrap_replicates = 20;
  return options;
}

// A number of report.json as the struct holds it: null is an empty optional.
void ExpectShare(const Share& typed, const json& written, const std::string& what) {
  if (written.is_null()) {
    EXPECT_FALSE(typed) << what;
  } else {
    ASSERT_TRUE(typed) << what;
    EXPECT_EQ(*typed, written.get<double>()) << what;
  }
}

void ExpectBlock(const MetricBlock& b, const json& j, const std::string& where) {
  EXPECT_EQ(b.activity.posts, j.at("activity").at("posts")) << where;
  EXPECT_EQ(b.activity.days, j.at("activity").at("days").get<double>()) << where;
  const json& c = j.at("content");
  for (const auto& [set, mix] : b.content.mixes) {
    EXPECT_EQ(mix.labeled, c.at(set).at("labeled")) << where << set;
    for (const auto& [label, n] : mix.counts) {
      EXPECT_EQ(n, c.at(set).at("counts").at(label)) << where << label;
      ExpectShare(mix.shares.at(label), c.at(set).at("shares").at(label), where + label);
    }
  }
  ExpectShare(b.content.service_information_share, c.at("service_information_share"), where);
  ExpectShare(b.content.citizen_facing_share, c.at("citizen_facing_share"), where);
  ExpectShare(b.content.evenness, c.at("evenness"), where);
  const json& e = j.at("engagement");
  ExpectShare(b.engagement.bonson.e, e.at("E"), where + "E");
  ExpectShare(b.engagement.e_norm, e.at("E_norm"), where + "E_norm");
  ExpectShare(b.engagement.bonson.zero_share, e.at("zero_engagement_share"), where);
  EXPECT_EQ(b.engagement.observed_posts, e.at("observed_posts")) << where;
  EXPECT_EQ(b.engagement.by_category.size(), e.at("by_category").size()) << where;
  const json& p = j.at("participation");
  EXPECT_EQ(b.participation.inbound_posts, p.at("inbound_posts")) << where;
  ExpectShare(b.participation.response_rate, p.at("response_rate"), where);
  ExpectShare(b.interaction_mode.push_share, j.at("interaction_mode").at("push_share"), where);
  const json& u = j.at("integration").at("layers").at("union");
  EXPECT_EQ(b.integration.Union().in_degree, u.at("in_degree")) << where;
  EXPECT_EQ(b.integration.Union().betweenness, u.at("betweenness").get<double>()) << where;
  EXPECT_EQ(b.integration.layers.size(), j.at("integration").at("layers").size()) << where;
}

// The struct's fields are what report.json says: its bytes are written from them.
TEST(ReportWriterTest, TheStructHoldsWhatReportJsonSays) {
  const Report report = FixtureReport(CorrectedOptions());
  const json doc = json::parse(RenderJson(report));
  EXPECT_EQ(doc.at("periods"), json(report.periods));
  EXPECT_EQ(doc.at("taxonomy").at("sektor"), json(report.taxonomy.sectors));
  ASSERT_EQ(doc.at("agencies").size(), report.agencies.size());
  for (size_t i = 0; i < report.agencies.size(); ++i) {
    const AgencyReport& a = report.agencies[i];
    const json& j = doc.at("agencies")[i];
    EXPECT_EQ(a.handle, j.at("handle"));
    EXPECT_EQ(a.has_posts, j.at("has_posts"));
    ExpectBlock(a.total, j.at("total"), a.handle + " total ");
    for (size_t p = 0; p < report.periods.size(); ++p) {
      ExpectBlock(a.by_period[p], j.at("by_period").at(report.periods[p]),
                  a.handle + " " + report.periods[p] + " ");
    }
  }
  const json& net = doc.at("network").at("total");
  EXPECT_EQ(report.network.total.Union().density,
            net.at("layers").at("union").at("density").get<double>());
  ASSERT_EQ(report.network.total.hubs.size(), net.at("hubs").size());
  EXPECT_EQ(report.network.total.hubs[0].handle, net.at("hubs")[0].at("handle"));
  for (const AxisComparison& c : report.comparison) {
    EXPECT_EQ(json(c.agencies), doc.at("comparison").at("jsd").at(c.axis).at("agencies"));
    EXPECT_EQ(c.chi_square.statistic,
              doc.at("comparison").at("chi_square").at(c.axis).at("statistic").get<double>());
    EXPECT_EQ(c.correspondence.has_value(),
              doc.at("comparison").at("correspondence").contains(c.axis));
  }
  ASSERT_TRUE(report.corrected_shares);
  const CorrectedLabelSet& fungsi = report.corrected_shares->label_sets.back();
  const json& fungsi_json = doc.at("corrected_shares").at("label_sets").at(fungsi.label_set);
  EXPECT_EQ(fungsi.all.shares[0].adjusted,
            fungsi_json.at("all").at("shares")[0].at("adjusted").get<double>());
  ASSERT_EQ(report.ranking.size(), doc.at("ranking").size());
  for (size_t i = 0; i < report.ranking.size(); ++i) {
    EXPECT_EQ(report.ranking[i].finding, doc.at("ranking")[i].at("finding"));
    EXPECT_EQ(report.ranking[i].mean_rank, doc.at("ranking")[i].at("mean_rank").get<double>());
  }
  EXPECT_EQ(report.confusion_source, doc.at("model").at("confusion_source"));
}

// The overview's pooled numbers are Σ share × base / Σ base over the agencies of report.json.
TEST(ReportWriterTest, TheOverviewPoolsTheAgenciesShares) {
  const Report report = FixtureReport(CorrectedOptions());
  const json doc = ReportToJson(report);
  double numerator = 0, denominator = 0, e_sum = 0;
  int e_count = 0;
  for (const json& a : doc.at("agencies")) {
    const json& t = a.at("total");
    if (!t.at("content").at("service_information_share").is_null()) {
      const double n = t.at("content").at("fungsi").at("labeled").get<double>();
      numerator += t.at("content").at("service_information_share").get<double>() * n;
      denominator += n;
    }
    if (!t.at("engagement").at("E").is_null())
      e_sum += t.at("engagement").at("E").get<double>(), ++e_count;
  }
  ASSERT_GT(denominator, 0);
  EXPECT_EQ(report.overview.service_information_share, numerator / denominator);
  ASSERT_GT(e_count, 0);
  EXPECT_EQ(report.overview.mean_e, e_sum / e_count);
  EXPECT_EQ(report.overview.hub_coverage_out,
            doc.at("network").at("total").at("hubs")[0].at("coverage_out").get<double>());
}

// agency_metrics.csv is written from the struct, its metrics named by hand: they must be every
// scalar of each block's report.json tree (MetricBlockJson), by their dotted paths, in the tree's
// order, with the values report.json writes (null as an empty cell), the tables of their own
// (mixes, cross-tab, engagement by category) left out.
void FlattenBlock(const json& value, const std::string& prefix, const std::string& head,
                  std::string& out) {
  if (value.is_object()) {
    for (const auto& [key, child] : value.items())
      FlattenBlock(child, prefix.empty() ? key : prefix + "." + key, head, out);
  } else if (!value.is_array()) {
    out += head + prefix + "," +
           (value.is_null()     ? ""
            : value.is_string() ? value.get<std::string>()
                                : value.dump()) +
           "\n";
  }
}

TEST(ReportWriterTest, AgencyMetricsNameEveryScalarOfTheBlocksJson) {
  const Report report = FixtureReport(CorrectedOptions());
  std::string expected = "handle,period,section,metric,value\n";
  for (const AgencyReport& agency : report.agencies) {
    std::vector<std::pair<std::string, const MetricBlock*>> blocks;
    for (size_t p = 0; p < report.periods.size(); ++p)
      blocks.emplace_back(report.periods[p], &agency.by_period[p]);
    std::sort(blocks.begin(), blocks.end());
    blocks.emplace_back("total", &agency.total);
    for (const auto& [period, block] : blocks) {
      json tree = MetricBlockJson(*block);
      for (const auto& [set, mix] : block->content.mixes) tree["content"].erase(set);
      tree["content"].erase("cross");
      tree["engagement"].erase("by_category");
      for (const auto& [section, metrics] : tree.items())
        FlattenBlock(metrics, "", agency.handle + "," + period + "," + section + ",", expected);
    }
  }
  const std::vector<RenderedFile> csv = RenderCsvTables(report);
  ASSERT_EQ(csv.front().first, "agency_metrics.csv");
  EXPECT_EQ(csv.front().second, expected);
}

}  // namespace
}  // namespace liputan::report
