#include "report/render/report_view_adapter.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "common/error.h"
#include "report/render/render_report.h"
#include "tests/render/render_test_util.h"
#include "tests/support/cli_runner.h"

namespace liputan::render {
namespace {

using nlohmann::json;

json AgencyTotal(int posts, double basic, double zero, int in_degree) {
  return {{"activity",
           {{"posts", posts}, {"original", posts - 2}, {"reply", 1}, {"retweet", 1}, {"quote", 0}}},
          {"content",
           {{"sektor",
             {{"labeled", posts},
              {"counts", {{"kesehatan", posts / 2}, {"sosial", posts - posts / 2}}},
              {"shares", {{"kesehatan", 0.5}, {"sosial", 0.5}}}}},
            {"fungsi",
             {{"labeled", posts},
              {"counts", {{"info_layanan", posts}}},
              {"shares", {{"info_layanan", 1.0}}}}},
            {"basic_service_share", basic},
            {"service_information_share", 1.0},
            {"symbolic_share", 0.0}}},
          {"engagement",
           {{"observed_posts", posts},
            {"zero_engagement_share", zero},
            {"E", 1.5},
            {"median_interactions", 2},
            {"by_category",
             {{"sektor:kesehatan", {{"posts", 3}, {"lift", 1.4}}},
              {"fungsi:info_layanan", {{"posts", 4}, {"lift", nullptr}}}}}}},
          {"participation", {{"inbound_posts", 0}, {"response_rate", nullptr}}},
          {"integration",
           {{"layers",
             {{"union",
               {{"in_degree", in_degree},
                {"out_degree", 1},
                {"in_strength", 2.0},
                {"out_strength", 3.0},
                {"betweenness", 0.25}}}}}}}};
}

// The shape of report.json (report/report_builder.cc), reduced to what the adapter reads.
json ReportDocument() {
  json a = {{"handle", "DinkesPml"},
            {"name", "Dinas Kesehatan"},
            {"type", "dinas"},
            {"total", AgencyTotal(10, 0.6, 0.2, 1)},
            {"by_period",
             {{"2024-01", AgencyTotal(4, 0.5, 0.2, 0)}, {"2024-02", AgencyTotal(6, 0.7, 0.2, 1)}}}};
  json b = {{"handle", "KominfoPml"},
            {"name", "Diskominfo"},
            {"type", "dinas"},
            {"total", AgencyTotal(30, 0.2, 0.5, 0)},
            {"by_period", {{"2024-01", AgencyTotal(30, 0.2, 0.5, 0)}}}};
  return {
      {"format", "liputan-report"},
      {"version", 1},
      {"options",
       {{"from", "2024-01-01T00:00:00Z"}, {"to", nullptr}, {"response_window_hours", 72}}},
      {"input", {{"first_post", "2024-01-03T10:00:00Z"}, {"last_post", "2024-02-27T08:00:00Z"}}},
      {"taxonomy", {{"sektor", {"kesehatan", "sosial"}}, {"fungsi", {"info_layanan"}}}},
      {"agencies", {a, b}},
      {"network",
       {{"total",
         {{"layers",
           {{"union",
             {{"density", 0.5},
              {"reciprocity", 0.0},
              {"isolate_share", 0.0},
              {"in_degree_centralization", 1.0},
              {"largest_weak_component_share", 1.0}}}}},
          {"hubs", {{{"handle", "KominfoPml"}, {"coverage_out", 0.0}, {"coverage_in", 1.0}}}}}},
        {"edges",
         {{{"month", "2024-01"},
           {"layer", "retweet"},
           {"from", "kominfopml"},
           {"to", "dinkespml"},
           {"weight", 2}},
          {{"month", "2024-02"},
           {"layer", "retweet"},
           {"from", "kominfopml"},
           {"to", "dinkespml"},
           {"weight", 3}},
          {{"month", "2024-02"},
           {"layer", "mention"},
           {"from", "dinkespml"},
           {"to", "outsider"},
           {"weight", 1}}}}}},
      {"comparison",
       {{"jsd",
         {{"sektor",
           {{"agencies", {"DinkesPml", "KominfoPml"}},
            {"divergence", {{0.0, 0.25}, {0.25, 0.0}}}}}}},
        {"chi_square",
         {{"sektor",
           {{"defined", true},
            {"statistic", 12.5},
            {"df", 1},
            {"p_value", 0.0004},
            {"cramers_v", 0.4}}},
          {"fungsi", {{"defined", false}}}}},
        {"correspondence",
         {{"sektor",
           {{"defined", true},
            {"total_inertia", 0.2},
            {"principal_inertia", {0.15, 0.05}},
            {"rows", {{{"agency", "DinkesPml"}, {"coordinates", {0.3, -0.1}}}}},
            {"columns", {{{"label", "kesehatan"}, {"coordinates", {0.5, 0.2}}}}}}}}}}},
      {"corrected_shares",
       {{"label_sets",
         {{"sektor",
           {{"agencies",
             {{"DinkesPml",
               {{"shares",
                 {{{"label", "kesehatan"},
                   {"raw", 0.5},
                   {"adjusted", 0.55},
                   {"adjusted_low", 0.4},
                   {"adjusted_high", 0.7}}}}}}}}}}}}}},
      {"ranking",
       {{{"handle", "KominfoPml"},
         {"konten", 20.0},
         {"partisipasi", nullptr},
         {"integrasi", 50.0},
         {"mean_rank", 1.67},
         {"finding", "Diskominfo: 20% ..."}},
        {{"handle", "DinkesPml"},
         {"konten", 60.0},
         {"partisipasi", 100.0},
         {"integrasi", 50.0},
         {"mean_rank", 1.33},
         {"finding", "Dinas Kesehatan: 60% ..."}}}}};
}

TEST(ReportViewAdapter, MapsTheReportDocument) {
  const ReportView view =
      ViewFromReportJson(ReportDocument(), {{"kesehatan", {"Kesehatan", "Health"}}});
  ASSERT_EQ(view.agencies.size(), 2u);
  EXPECT_EQ(view.agencies[0].name, "Dinas Kesehatan");
  EXPECT_EQ(view.period_from, "2024-01-01");
  EXPECT_EQ(view.period_to, "2024-02-27") << "open end: the last post";
  // Pooled regency-wide basic-service share: (0.6·10 + 0.2·30) / 40.
  EXPECT_EQ(view.overview[0].key, "basic_service_share");
  EXPECT_DOUBLE_EQ(view.overview[0].value, 0.3);
  ASSERT_EQ(view.mixes.size(), 4u);
  const ShareRow& kesehatan = view.mixes[0].shares[0];
  EXPECT_EQ(kesehatan.count, 5);
  EXPECT_DOUBLE_EQ(kesehatan.corrected, 0.55);
  EXPECT_DOUBLE_EQ(kesehatan.corrected_high, 0.7);
  EXPECT_TRUE(IsMissing(view.mixes[0].shares[1].corrected))
      << "no corrected share: missing, not zero";
  ASSERT_EQ(view.jsd.size(), 1u);
  EXPECT_DOUBLE_EQ(view.jsd[0].matrix.values[0][1], 0.5) << "distance = sqrt(divergence)";
  ASSERT_EQ(view.homogeneity.size(), 1u) << "undefined tests are left out";
  EXPECT_DOUBLE_EQ(view.ca[0].inertia_x, 0.75);
  EXPECT_EQ(view.activity.size(), 3u);
  ASSERT_EQ(view.network.edges.size(), 1u) << "months summed; edges to unlisted accounts dropped";
  EXPECT_EQ(view.network.edges[0].source, "KominfoPml");
  EXPECT_DOUBLE_EQ(view.network.edges[0].weight, 5.0);
  ASSERT_EQ(view.ranking.size(), 2u);
  EXPECT_EQ(view.ranking[0].agency, "DinkesPml") << "ordered by mean rank";
  EXPECT_DOUBLE_EQ(view.ranking[0].konten, 0.6);
  EXPECT_TRUE(IsMissing(view.ranking[1].partisipasi));
  EXPECT_EQ(view.ranking[0].finding.id, "Dinas Kesehatan: 60% ...");
  EXPECT_EQ(view.lift.size(), 4u);
}

// A document built without network.edges (as `liputan report` builds it) gets them from an
// EdgeStream, with the same view as a document that holds them.
TEST(ReportViewAdapter, EdgesFromAStreamStandInForTheDocuments) {
  const json whole = ReportDocument();
  json apart = whole;
  apart["network"].erase("edges");
  const EdgeStream stream = [&](const EdgeVisitor& visit) {
    for (const json& e : whole["network"]["edges"])
      visit(e["from"], e["to"], e["layer"], e["weight"].get<double>());
  };
  const ReportView from_stream = ViewFromReportJson(apart, {}, nullptr, &stream);
  const ReportView from_document = ViewFromReportJson(whole, {});
  ASSERT_EQ(from_stream.network.edges.size(), 1u);
  EXPECT_EQ(from_stream.network.edges[0].source, from_document.network.edges[0].source);
  EXPECT_EQ(from_stream.network.edges[0].target, from_document.network.edges[0].target);
  EXPECT_DOUBLE_EQ(from_stream.network.edges[0].weight, 5.0);
  EXPECT_TRUE(ViewFromReportJson(apart, {}).network.edges.empty());
}

// --formats csv alone renders the word lists from a view of agencies and terms only: the same
// files as from the whole view.
TEST(ReportViewAdapter, CsvAloneGivesTheSameWordLists) {
  liputan::testing::TempDir dir;
  TermCounts terms;
  for (int i = 0; i < 5; ++i) {
    terms.Add("DinkesPml", "puskesmas", 12 + i);
    terms.Add("DinkesPml", "vaksin" + std::to_string(i), 4);
    terms.Add("KominfoPml", "wifi", 12);
  }
  RenderOptions alone, with_gexf;
  alone.out_dir = dir.File("alone");
  alone.formats = {"csv"};
  with_gexf.out_dir = dir.File("whole");
  with_gexf.formats = {"csv", "gexf"};
  RenderReportDocument(ReportDocument(), alone, &terms);
  RenderReportDocument(ReportDocument(), with_gexf, &terms);
  for (const char* file : {"top_terms.csv", "keywords.csv"}) {
    const std::string text = liputan::testing::ReadFile(dir.File(std::string("alone/") + file));
    EXPECT_EQ(text, liputan::testing::ReadFile(dir.File(std::string("whole/") + file))) << file;
    EXPECT_NE(text.find("Dinas Kesehatan"), std::string::npos) << "agency names: " << text;
  }
  const ReportView view = WordStatsViewFromReportJson(ReportDocument(), nullptr);
  EXPECT_EQ(view.agencies.size(), 2u);
  EXPECT_TRUE(view.terms.empty());
  EXPECT_THROW(WordStatsViewFromReportJson(json{{"format", "x"}}, &terms), Error);
}

TEST(ReportViewAdapter, RejectsOtherDocuments) {
  try {
    ViewFromReportJson(json{{"format", "something"}}, {});
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::kData);
  }
}

TEST(ReportViewAdapter, RendersEveryFormatFromTheDocument) {
  liputan::testing::TempDir dir;
  testing::WriteFakeBundles(dir.File("node_modules"));
  TermCounts terms;
  terms.Add("DinkesPml", "puskesmas", 12);
  terms.Add("KominfoPml", "wifi", 12);
  RenderOptions options;
  options.out_dir = dir.File("out");
  options.formats = {"html", "xlsx", "gexf", "graphml", "csv"};
  options.node_modules = dir.File("node_modules");
  const auto written = RenderReportDocument(ReportDocument(), options, &terms);
  EXPECT_GE(written.size(), 10u);
  const std::string html = liputan::testing::ReadFile(dir.File("out/report.html"));
  EXPECT_NE(html.find("Rata-rata peringkat"), std::string::npos);
  EXPECT_NE(html.find("data-chart=\"lift-sektor\""), std::string::npos)
      << "per-agency lift heatmap";
  EXPECT_NE(html.find("data-chart=\"agency-1-keyness\""), std::string::npos);
  EXPECT_NE(html.find("\"category\":\"Sosial\""), std::string::npos)
      << "category names from corpora/taxonomy";
}

}  // namespace
}  // namespace liputan::render
