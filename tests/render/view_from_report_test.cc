#include "report/render/view_from_report.h"

#include <gtest/gtest.h>

#include "report/calendar.h"
#include "report/overview.h"
#include "report/render/render_report.h"
#include "tests/render/render_test_util.h"
#include "tests/support/cli_runner.h"

namespace liputan::render {
namespace {

using report::MetricBlock;
using report::Report;

MetricBlock AgencyTotal(int posts, double basic, double zero, int in_degree) {
  MetricBlock b;
  b.activity = {posts, posts - 2, 1, 1, 0, 31, std::nullopt};
  report::LabelMix& sectors = b.content.mixes["sektor"];
  sectors.labeled = posts;
  sectors.counts = {{"kesehatan", posts / 2}, {"sosial", posts - posts / 2}};
  sectors.shares = {{"kesehatan", 0.5}, {"sosial", 0.5}};
  report::LabelMix& functions = b.content.mixes["fungsi"];
  functions.labeled = posts;
  functions.counts = {{"info_layanan", posts}};
  functions.shares = {{"info_layanan", 1.0}};
  b.content.basic_service_share = basic;
  b.content.service_information_share = 1.0;
  b.content.symbolic_share = 0.0;
  b.engagement.observed_posts = posts;
  b.engagement.bonson.zero_share = zero;
  b.engagement.bonson.e = 1.5;
  b.engagement.bonson.median_interactions = 2;
  b.engagement.by_category = {{"sektor:kesehatan", {3, std::nullopt, 1.4}},
                              {"fungsi:info_layanan", {4, std::nullopt, std::nullopt}}};
  report::NodeMetrics& u = b.integration.layers["union"];
  u.in_degree = in_degree;
  u.out_degree = 1;
  u.in_strength = 2;
  u.out_strength = 3;
  u.betweenness = 0.25;
  return b;
}

report::AgencyReport Agency(std::string handle, std::string name, MetricBlock total,
                            std::vector<MetricBlock> by_period) {
  report::AgencyReport a;
  a.handle = std::move(handle);
  a.name = std::move(name);
  a.type = "dinas";
  a.total = std::move(total);
  a.by_period = std::move(by_period);
  return a;
}

// A small report as report/ builds them, its numbers set by hand.
Report FixtureReport() {
  Report r;
  r.aggregation.from = report::ParseDate("2024-01-01");
  r.input.first_post = report::ParseDate("2024-01-03") + 10 * 3600;
  r.input.last_post = report::ParseDate("2024-02-27") + 8 * 3600;
  r.taxonomy.sectors = {"kesehatan", "sosial"};
  r.taxonomy.functions = {"info_layanan"};
  r.periods = {"2024-01", "2024-02"};
  r.agencies.push_back(Agency("DinkesPml", "Dinas Kesehatan", AgencyTotal(10, 0.6, 0.2, 1),
                              {AgencyTotal(4, 0.5, 0.2, 0), AgencyTotal(6, 0.7, 0.2, 1)}));
  r.agencies.push_back(Agency("KominfoPml", "Diskominfo", AgencyTotal(30, 0.2, 0.5, 0),
                              {AgencyTotal(30, 0.2, 0.5, 0), AgencyTotal(0, 0.2, 0.5, 0)}));
  report::GraphMetrics network;
  network.density = 0.5;
  network.reciprocity = 0.0;
  network.in_degree_centralization = 1.0;
  network.largest_weak_component_share = 1.0;
  r.network.total.layers = {{"union", network}};
  r.network.total.hubs = {{"KominfoPml", 0.0, 1.0}};
  r.network.edges = {{"2024-01", "retweet", "kominfopml", "dinkespml", 2},
                     {"2024-02", "retweet", "kominfopml", "dinkespml", 3},
                     {"2024-02", "mention", "dinkespml", "outsider", 1}};
  report::AxisComparison sektor;
  sektor.axis = "sektor";
  sektor.agencies = {"DinkesPml", "KominfoPml"};
  sektor.divergence = {{0.0, 0.25}, {0.25, 0.0}};
  sektor.chi_square.defined = true;
  sektor.chi_square.statistic = 12.5;
  sektor.chi_square.df = 1;
  sektor.chi_square.p_value = 0.0004;
  sektor.chi_square.cramers_v = 0.4;
  sektor.correspondence = report::Correspondence{
      true, 0.2, {0.15, 0.05}, {{"DinkesPml", {0.3, -0.1}}}, {{"kesehatan", {0.5, 0.2}}}};
  report::AxisComparison fungsi;
  fungsi.axis = "fungsi";
  r.comparison = {sektor, fungsi};
  report::CorrectedShare kesehatan;
  kesehatan.label = "kesehatan";
  kesehatan.raw = 0.5;
  kesehatan.adjusted = 0.55;
  kesehatan.adjusted_low = 0.4;
  kesehatan.adjusted_high = 0.7;
  report::CorrectedSharesReport corrected;
  corrected.label_sets.push_back(
      {"sektor", false, {}, {{"DinkesPml", {10, 0, false, {kesehatan}}}}});
  r.corrected_shares = corrected;
  r.ranking = {
      {"KominfoPml", "Diskominfo", 20.0, std::nullopt, 50.0, 2, 1, 1, 1.67, "Diskominfo: 20% ..."},
      {"DinkesPml", "Dinas Kesehatan", 60.0, 100.0, 50.0, 1, 1, 1, 1.33,
       "Dinas Kesehatan: 60% ..."}};
  r.overview = report::ComputeOverview(r);
  return r;
}

TEST(ViewFromReport, CopiesTheReportsNumbers) {
  const ReportView view = ViewFromReport(FixtureReport(), {{"kesehatan", {"Kesehatan", "Health"}}});
  ASSERT_EQ(view.agencies.size(), 2u);
  EXPECT_EQ(view.agencies[0].name, "Dinas Kesehatan");
  EXPECT_EQ(view.period_from, "2024-01-01");
  EXPECT_EQ(view.period_to, "2024-02-27") << "open end: the last post";
  // report/'s pooled regency-wide basic-service share: (0.6·10 + 0.2·30) / 40.
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
  EXPECT_EQ(view.activity.size(), 4u) << "one row per agency and period";
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

// A report built without network.edges (as `liputan report` builds it) gets them from an
// EdgeStream, with the same view as a report that holds them.
TEST(ViewFromReport, EdgesFromAStreamStandInForTheReports) {
  const Report whole = FixtureReport();
  Report apart = whole;
  apart.network.edges.reset();
  const EdgeStream stream = [&](const EdgeVisitor& visit) {
    for (const report::NetworkEdgeRow& e : *whole.network.edges)
      visit(e.from, e.to, e.layer, static_cast<double>(e.weight));
  };
  const ReportView from_stream = ViewFromReport(apart, {}, nullptr, &stream);
  const ReportView from_report = ViewFromReport(whole, {});
  ASSERT_EQ(from_stream.network.edges.size(), 1u);
  EXPECT_EQ(from_stream.network.edges[0].source, from_report.network.edges[0].source);
  EXPECT_EQ(from_stream.network.edges[0].target, from_report.network.edges[0].target);
  EXPECT_DOUBLE_EQ(from_stream.network.edges[0].weight, 5.0);
  EXPECT_TRUE(ViewFromReport(apart, {}).network.edges.empty());
}

// --formats csv alone renders the word lists from a view of agencies and terms only: the same
// files as from the whole view.
TEST(ViewFromReport, CsvAloneGivesTheSameWordLists) {
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
  RenderFromReport(FixtureReport(), alone, &terms);
  RenderFromReport(FixtureReport(), with_gexf, &terms);
  for (const char* file : {"top_terms.csv", "keywords.csv"}) {
    const std::string text = liputan::testing::ReadFile(dir.File(std::string("alone/") + file));
    EXPECT_EQ(text, liputan::testing::ReadFile(dir.File(std::string("whole/") + file))) << file;
    EXPECT_NE(text.find("Dinas Kesehatan"), std::string::npos) << "agency names: " << text;
  }
  const ReportView view = WordStatsViewFromReport(FixtureReport(), nullptr);
  EXPECT_EQ(view.agencies.size(), 2u);
  EXPECT_TRUE(view.terms.empty());
}

TEST(ViewFromReport, RendersEveryFormatFromTheReport) {
  liputan::testing::TempDir dir;
  testing::WriteFakeBundles(dir.File("node_modules"));
  TermCounts terms;
  terms.Add("DinkesPml", "puskesmas", 12);
  terms.Add("KominfoPml", "wifi", 12);
  RenderOptions options;
  options.out_dir = dir.File("out");
  options.formats = {"html", "xlsx", "gexf", "graphml", "csv"};
  options.node_modules = dir.File("node_modules");
  const auto written = RenderFromReport(FixtureReport(), options, &terms);
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
