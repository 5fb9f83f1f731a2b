// `liputan report --examples K / --no-examples` (issue 15 item 6), end to end: example posts in
// report.json, report.md and report.html, escaped and linked; none of their text anywhere with
// --no-examples; merged shards give the single run's files.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "tests/render/render_test_util.h"
#include "tests/support/cli_runner.h"

namespace liputan {
namespace {

using liputan::testing::ReadFile;
using liputan::testing::RunLiputan;
using liputan::testing::TempDir;
using liputan::testing::WriteFile;
using nlohmann::json;

const std::string kData = std::string(LIPUTAN_SOURCE_DIR) + "/tests/data/report/";

// A labeled post of Dinkes, likelier kesehatan than any fixture post, whose text attacks every
// output: markup, quotes, a script, a javascript: link, a Markdown table row and a new line.
const std::string kHostileText =
    "<script>alert(\"x\")</script> 'kutip' <img src=x onerror=alert(1)>\n"
    "| a | b | [klik](javascript:alert(2)) javascript:alert(3) `kode` *tebal*";

std::string HostilePost() {
  return json({{"id", "2999"},
               {"created_at", "2024-03-05T01:00:00Z"},
               {"author_handle", "DinkesContoh"},
               {"kind", "original"},
               {"text", kHostileText},
               {"predictions",
                {{"sektor", {{{"label", "kesehatan"}, {"probability", 0.99}}}},
                 {"fungsi", {{{"label", "info_layanan"}, {"probability", 0.95}}}}}}})
             .dump() +
         "\n";
}

class ExamplesCommandTest : public ::testing::Test {
 protected:
  ExamplesCommandTest() {
    render::testing::WriteFakeBundles(dir_.File("node_modules"));
    WriteFile(dir_.File("posts.jsonl"), ReadFile(kData + "labeled.jsonl") + HostilePost());
  }
  // `liputan report` into dir_/NAME with every format, plus `extra` options.
  void Report(const std::string& name, std::vector<std::string> extra = {}) {
    std::vector<std::string> args{"report",
                                  "--agencies",
                                  kData + "agencies.csv",
                                  "-o",
                                  dir_.File(name),
                                  "--formats",
                                  "json,csv,md,html,xlsx,gexf,graphml",
                                  "--node-modules",
                                  dir_.File("node_modules")};
    args.insert(args.end(), extra.begin(), extra.end());
    args.push_back(dir_.File("posts.jsonl"));
    const auto r = RunLiputan(args);
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  std::string File(const std::string& path) const { return ReadFile(dir_.File(path)); }
  TempDir dir_;
};

TEST_F(ExamplesCommandTest, JsonMarkdownAndHtmlShowTheExamplesEscapedAndLinked) {
  Report("out");
  const json report = json::parse(File("out/report.json"));
  const json& first = report.at("examples").at("DinkesContoh").at("sektor").at("kesehatan").at(0);
  EXPECT_EQ(first.at("text"), kHostileText);
  EXPECT_EQ(first.at("url"), "https://x.com/DinkesContoh/status/2999");

  const std::string md = File("out/report.md");
  const std::string md_examples = md.substr(md.find("## Contoh unggahan"));
  EXPECT_EQ(md_examples.find("<script>"), std::string::npos);
  EXPECT_EQ(md_examples.find(" <img"), std::string::npos);
  EXPECT_EQ(md_examples.find(" [klik](javascript"), std::string::npos);
  EXPECT_NE(md_examples.find("\\<script\\>alert(\"x\")\\</script\\> 'kutip'"), std::string::npos)
      << md_examples;
  EXPECT_NE(md_examples.find("(https://x.com/DinkesContoh/status/2999) — \\<script"),
            std::string::npos)
      << "the text on the same line as its link: " << md_examples;

  const std::string html = File("out/report.html");
  EXPECT_EQ(html.find("<script>alert"), std::string::npos);
  EXPECT_EQ(html.find("<img src=x"), std::string::npos);
  EXPECT_EQ(html.find("href=\"javascript"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &#39;kutip&#39;"),
            std::string::npos);
  EXPECT_NE(html.find("<a class=\"post-link\" href=\"https://x.com/DinkesContoh/status/2999\" "
                      "rel=\"noopener noreferrer\" target=\"_blank\">Lihat unggahan asli</a>"),
            std::string::npos);
  EXPECT_NE(html.find("<h4>Contoh unggahan</h4>"), std::string::npos);
  EXPECT_NE(html.find("<summary>Sektor <small>"), std::string::npos);
  EXPECT_NE(html.find("Probabilitas: 99%"), std::string::npos);
}

TEST_F(ExamplesCommandTest, EnglishHeadingsWithLangEn) {
  Report("en", {"--lang", "en", "--examples", "1"});
  const std::string html = File("en/report.html");
  EXPECT_NE(html.find("<h4>Example posts</h4>"), std::string::npos);
  EXPECT_NE(html.find(">View the original post</a>"), std::string::npos);
  EXPECT_NE(html.find("<summary>Function <small>"), std::string::npos);
  const json report = json::parse(File("en/report.json"));
  for (const auto& [handle, sets] : report.at("examples").items()) {
    for (const auto& [set, labels] : sets.items()) {
      for (const auto& [label, list] : labels.items()) EXPECT_EQ(list.size(), 1u) << label;
    }
  }
}

// Every file written, the xlsx's parts unzipped, the charts' specs included.
std::string EverythingWritten(const std::string& dir) {
  std::string all;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    const std::string path = entry.path().string();
    if (entry.path().extension() == ".xlsx") {
      for (const auto& [name, bytes] : render::testing::ReadZip(path)) all += bytes;
    } else {
      all += ReadFile(path);
    }
  }
  return all;
}

TEST_F(ExamplesCommandTest, NoExamplesLeavesNoPostTextInAnyFile) {
  Report("with");
  // A sentence of one fixture post (its words may still be counted in the word lists).
  const std::string known = "Jadwal imunisasi di puskesmas";
  ASSERT_NE(EverythingWritten(dir_.File("with")).find(known), std::string::npos)
      << "the check below can fail";
  for (const char* option : {"--no-examples", "--examples=0"}) {
    const std::string out = std::string("without") + (option[2] == 'n' ? "1" : "2");
    Report(out, {option});
    const std::string all = EverythingWritten(dir_.File(out));
    EXPECT_EQ(all.find(known), std::string::npos) << option;
    EXPECT_EQ(all.find("alert(\""), std::string::npos) << option;
    EXPECT_FALSE(json::parse(File(out + "/report.json")).contains("examples"));
    EXPECT_EQ(File(out + "/report.md").find("Contoh unggahan"), std::string::npos);
  }
  // Nor in a state, made with it or merged with it.
  const auto made =
      RunLiputan({"report", "--agencies", kData + "agencies.csv", "--emit-state",
                  dir_.File("state.json"), "--no-examples", dir_.File("posts.jsonl")});
  ASSERT_EQ(made.exit_code, 0) << made.err;
  EXPECT_EQ(File("state.json").find(known), std::string::npos);
  ASSERT_EQ(RunLiputan({"report", "--agencies", kData + "agencies.csv", "--emit-state",
                        dir_.File("full.json"), dir_.File("posts.jsonl")})
                .exit_code,
            0);
  ASSERT_NE(File("full.json").find(known), std::string::npos);
  const auto merged =
      RunLiputan({"report", "--agencies", kData + "agencies.csv", "--merge", "--no-examples",
                  "--emit-state", dir_.File("merged.json"), "-o", dir_.File("merged"), "--formats",
                  "json,md", dir_.File("full.json")});
  ASSERT_EQ(merged.exit_code, 0) << merged.err;
  EXPECT_EQ(File("merged.json").find(known), std::string::npos);
  EXPECT_EQ(EverythingWritten(dir_.File("merged")).find(known), std::string::npos);
}

TEST_F(ExamplesCommandTest, ABadCountIsAUsageError) {
  for (const char* count : {"-1", "101", "drei"}) {
    const auto r = RunLiputan({"report", "--agencies", kData + "agencies.csv", "-o",
                               dir_.File("bad"), "--examples", count, dir_.File("posts.jsonl")});
    EXPECT_EQ(r.exit_code, 64) << count;
    EXPECT_FALSE(std::filesystem::exists(dir_.File("bad"))) << count;
  }
}

// The map-reduce recipe with examples: two shards' states merged give the single run's
// report.json and report.md byte for byte, and the same example section in report.html (the
// merged html has no word lists: states hold no word counts).
TEST_F(ExamplesCommandTest, MergedShardsGiveTheSingleRunsExamples) {
  const std::string all = File("posts.jsonl");
  std::string first, second;
  size_t line = 0, start = 0;
  for (size_t end; (end = all.find('\n', start)) != std::string::npos; start = end + 1, ++line) {
    (line % 2 ? first : second) += all.substr(start, end - start + 1);
  }
  WriteFile(dir_.File("a.jsonl"), first);
  WriteFile(dir_.File("b.jsonl"), second);
  for (const char* part : {"a", "b"}) {
    ASSERT_EQ(RunLiputan({"report", "--agencies", kData + "agencies.csv", "--emit-state",
                          dir_.File(std::string(part) + ".json"),
                          dir_.File(std::string(part) + ".jsonl")})
                  .exit_code,
              0);
  }
  const auto merged =
      RunLiputan({"report", "--agencies", kData + "agencies.csv", "-o", dir_.File("merged"),
                  "--formats", "json,md,html", "--node-modules", dir_.File("node_modules"),
                  "--merge", dir_.File("b.json"), dir_.File("a.json")});
  ASSERT_EQ(merged.exit_code, 0) << merged.err;
  Report("single");
  EXPECT_EQ(File("merged/report.json"), File("single/report.json"));
  EXPECT_EQ(File("merged/report.md"), File("single/report.md"));
  auto examples = [](const std::string& html) {
    std::string sections;
    for (size_t at = 0;
         (at = html.find("<div class=\"example-posts\"", at)) != std::string::npos;) {
      const size_t end = html.find("</details>\n      </div>", at);
      sections += html.substr(at, end - at);
      at = end;
    }
    return sections;
  };
  const std::string single_examples = examples(File("single/report.html"));
  EXPECT_NE(single_examples.find("x.com/DinkesContoh/status/2999"), std::string::npos);
  EXPECT_EQ(examples(File("merged/report.html")), single_examples);
}

}  // namespace
}  // namespace liputan
