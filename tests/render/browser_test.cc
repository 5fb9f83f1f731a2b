// Renders report.html from fixture views and opens it in headless Chromium (Debian's `chromium`,
// installed by scripts/install-deps.sh), as a reader would: every chart must have drawn marks,
// the page must raise no JavaScript error, and a tweet holding HTML must show as text. Leaves the
// reports and PNG screenshots in <build>/tests/render/artifacts/ for people to look at.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>

#include "corpora/post_reader.h"
#include "report/render/chart_specs.h"
#include "report/render/render_report.h"
#include "report/render/view_from_report.h"
#include "report/render/word_stats.h"
#include "report/report_builder.h"
#include "tests/render/fixture_view.h"
#include "tests/render/render_test_util.h"
#include "tests/support/cli_runner.h"
#include "tokenizer/tokenizer.h"

namespace liputan::render {
namespace {

constexpr const char* kChromium = "/usr/bin/chromium";

std::string ArtifactDir(const std::string& name) {
  const std::string dir = std::string(LIPUTAN_RENDER_ARTIFACTS) + "/" + name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

// Runs headless Chromium on `url` with a fresh profile; returns its stdout.
std::string Chromium(const std::vector<std::string>& mode_args, const std::string& url) {
  liputan::testing::TempDir profile;
  std::string command = std::string("timeout 180 ") + kChromium +
                        " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run"
                        " --disable-background-networking --disable-component-update --disable-sync"
                        " --disable-dev-shm-usage --hide-scrollbars --user-data-dir=" +
                        profile.path();
  for (const std::string& arg : mode_args) command += " " + arg;
  command += " '" + url + "' 2>/dev/null";
  std::string out;
  if (FILE* pipe = popen(command.c_str(), "r")) {
    char buffer[65536];
    size_t n = 0;
    while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
    pclose(pipe);
  }
  return out;
}

std::string RenderFixture(const ReportView& view, Lang lang, const std::string& dir) {
  RenderOptions options;
  options.out_dir = dir;
  options.formats = {"html"};
  options.lang = lang;
  options.node_modules = std::string(LIPUTAN_SOURCE_DIR) + "/node_modules";
  RenderReport(view, options);
  return "file://" + dir + "/report.html";
}

// The DOM of each chart container, from its opening tag to the next container's.
std::map<std::string, std::string> ChartDoms(const std::string& dom) {
  std::map<std::string, std::string> charts;
  const std::regex open("<div class=\"chart[^\"]*\" id=\"chart-[^\"]+\" data-chart=\"([^\"]+)\"");
  std::vector<std::pair<std::string, size_t>> starts;
  for (auto it = std::sregex_iterator(dom.begin(), dom.end(), open); it != std::sregex_iterator();
       ++it) {
    starts.push_back({(*it)[1], static_cast<size_t>(it->position())});
  }
  for (size_t i = 0; i < starts.size(); ++i) {
    const size_t end = i + 1 < starts.size() ? starts[i + 1].second : dom.size();
    charts[starts[i].first] = dom.substr(starts[i].second, end - starts[i].second);
  }
  return charts;
}

class BrowserTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(std::filesystem::exists(kChromium))
        << kChromium << " is missing: the HTML report's browser test needs Debian's chromium; "
        << "run scripts/install-deps.sh (CI does)";
    ASSERT_TRUE(std::filesystem::exists(std::string(LIPUTAN_SOURCE_DIR) +
                                        "/node_modules/vega/build/vega.min.js"))
        << "chart bundles are missing: run scripts/install-deps.sh (it runs npm ci)";
  }

  // Loads the page, checks it as a reader would, and returns its DOM.
  std::string CheckPage(const std::string& url, size_t expected_charts) {
    const auto start = std::chrono::steady_clock::now();
    const std::string dom = Chromium({"--dump-dom", "--virtual-time-budget=60000"}, url);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    RecordProperty("load_seconds", std::to_string(seconds));
    EXPECT_NE(dom.find("data-charts-done=\"" + std::to_string(expected_charts) + "\""),
              std::string::npos)
        << "not every chart finished rendering";
    EXPECT_NE(dom.find("data-charts-failed=\"0\""), std::string::npos);
    EXPECT_EQ(dom.find("data-js-errors="), std::string::npos)
        << "JavaScript errors: " << ErrorsIn(dom);
    EXPECT_EQ(dom.find("data-js-warnings="), std::string::npos)
        << "Vega warnings: " << WarningsIn(dom);
    const auto charts = ChartDoms(dom);
    EXPECT_EQ(charts.size(), expected_charts);
    for (const auto& [id, chart] : charts) {
      EXPECT_NE(chart.find("data-rendered=\"true\""), std::string::npos) << id;
      EXPECT_NE(chart.find("<svg"), std::string::npos) << id << " has no SVG";
      EXPECT_GT(testing::Count(chart, "role=\"graphics-symbol\""), 0u) << id << " drew no marks";
    }
    return dom;
  }

  static std::string Between(const std::string& dom, const std::string& open,
                             const std::string& close) {
    const size_t begin = dom.find(open);
    if (begin == std::string::npos) return "";
    return dom.substr(begin + open.size(), dom.find(close, begin) - begin - open.size());
  }
  static std::string ErrorsIn(const std::string& dom) {
    return Between(dom, "<pre id=\"liputan-errors\" hidden=\"\">", "</pre>");
  }
  static std::string WarningsIn(const std::string& dom) {
    return Between(dom, "<pre id=\"liputan-warnings\" hidden=\"\">", "</pre>");
  }
};

size_t ExpectedCharts(const ReportView& view) {
  return BuildCharts(view, Labels(Lang::kId, view)).size();
}

TEST_F(BrowserTest, EightAgencyReportRendersEveryChartWithoutErrors) {
  const ReportView view = testing::FixtureView(8);
  const std::string dir = ArtifactDir("report-8-id");
  const std::string url = RenderFixture(view, Lang::kId, dir);
  const std::string dom = CheckPage(url, ExpectedCharts(view));
  // The hostile tweet is text: escaped in the DOM, and its <img onerror> never became an element.
  EXPECT_NE(dom.find("Info vaksin &lt;script&gt;window.__pwned=1&lt;/script&gt; &amp; \"hoaks\""),
            std::string::npos);
  EXPECT_EQ(dom.find("<img src=\"x\""), std::string::npos);
  EXPECT_EQ(dom.find("<img src=x"), std::string::npos);
  // One screenshot of the whole page (a window taller than the page) for people to look at.
  const std::string png = dir + "/screenshot.png";
  Chromium({"--screenshot=" + png, "--window-size=1280,16000", "--virtual-time-budget=60000"}, url);
  ASSERT_TRUE(std::filesystem::exists(png)) << png;
  EXPECT_GT(std::filesystem::file_size(png), 200000u) << "a near-empty screenshot";
}

TEST_F(BrowserTest, FiftyAgencyEnglishReportRendersEveryChart) {
  const ReportView view = testing::FixtureView(50);
  const std::string dir = ArtifactDir("report-50-en");
  const std::string url = RenderFixture(view, Lang::kEn, dir);
  const std::string dom = CheckPage(url, ExpectedCharts(view));
  EXPECT_NE(dom.find("<h2>Comparing agencies</h2>"), std::string::npos);
}

// The whole path of `liputan report`: the report tests' labeled records aggregated and built into
// a Report with the confusion matrix, word counts from our tokenizer (stopwords dropped) over the
// same records, then rendered from the Report; the page must render as cleanly as the fixtures'.
TEST_F(BrowserTest, ReportFromTheLabeledRecordsRenders) {
  const std::string data = std::string(LIPUTAN_SOURCE_DIR) + "/tests/data/report/";
  const std::string dir = ArtifactDir("report-command");
  const report::AgencyRegistry registry = report::AgencyRegistry::ReadCsv(data + "agencies.csv");
  report::ReportState state(registry, {});
  const Tokenizer tokenizer(WordStatsTokenizerOptions());
  TermCounts terms;
  PostReader reader({data + "labeled.jsonl"});
  for (Post post; reader.Next(post);) {
    state.Add(post);
    terms.AddTokens(post.author_handle, tokenizer.Tokenize(post.text));
  }
  ASSERT_FALSE(terms.counts().empty());
  report::ReportOptions report_options;
  report_options.confusion = report::ReadConfusionFile(data + "confusion.json");
  report_options.confusion_source = data + "confusion.json";
  const report::Report report =
      report::BuildReport(state, report::ReportTaxonomy::Default(), report_options);
  RenderOptions options;
  options.out_dir = dir;
  options.formats = {"html", "xlsx", "gexf", "graphml", "csv"};
  options.node_modules = std::string(LIPUTAN_SOURCE_DIR) + "/node_modules";
  RenderFromReport(report, options, &terms);
  const ReportView view = ViewFromReport(report, {}, &terms);
  const std::string dom = CheckPage("file://" + dir + "/report.html", ExpectedCharts(view));
  EXPECT_NE(dom.find("Diskominfo Kab. Contoh"), std::string::npos);
  EXPECT_NE(dom.find("data-table=\"top-terms\""), std::string::npos);
  EXPECT_EQ(dom.find(">yang</td>"), std::string::npos) << "stopwords are not counted";
}

}  // namespace
}  // namespace liputan::render
