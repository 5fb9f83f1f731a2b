// Issue 18, items 3 and 4: inputs from which nothing could be read stop the read (exit 65 in the
// CLI) instead of giving an empty output; a CSV without an id column gets stable synthetic ids.
#include "corpora/input_health.h"

#include <gtest/gtest.h>

#include "common/error.h"
#include "common/notice.h"
#include "corpora/post_reader.h"
#include "tests/corpora/archive_writer.h"
#include "tests/support/cli_runner.h"

namespace liputan {
namespace {

using liputan::testing::ReadFile;
using liputan::testing::TempDir;
using liputan::testing::WriteFile;
using Strings = std::vector<std::string>;

std::string Fixture(const std::string& name) {
  return std::string(LIPUTAN_CORPORA_FIXTURES) + "/" + name;
}

std::vector<Post> ReadPosts(const Strings& paths, PostReaderOptions options = {}) {
  PostReader reader(paths, options);
  std::vector<Post> posts;
  Post post;
  while (reader.Next(post)) posts.push_back(post);
  return posts;
}

// The message a read stopped with (ErrorCode::kData expected), or "" when it ended normally.
std::string ReadError(const Strings& paths, PostReaderOptions options = {}) {
  try {
    ReadPosts(paths, options);
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kData) << e.what();
    return e.what();
  }
  return "";
}

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// Collects the notes (common/notice.h) while it lives.
class NoteCatcher {
 public:
  NoteCatcher() {
    SetNoticeHandler([this](const std::string& m) { notes.push_back(m); });
  }
  ~NoteCatcher() { SetNoticeHandler(nullptr); }
  Strings notes;
};

std::string Garbage(size_t size) {
  std::string out(size, '\0');
  uint64_t seed = 9;
  for (auto& c : out) {
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    c = static_cast<char>(seed >> 56);
  }
  return out;
}

TEST(InputHealth, JudgesEachInputOnItsOwn) {
  DiagnosticLog log(OnError::kSkip);
  InputHealth health(0.5);
  health.Begin("a.jsonl", log);
  health.CountGood();
  log.Report({"a.jsonl", 2, "bad"});
  EXPECT_NO_THROW(health.End(log)) << "1 of 2 bad is not more than half";
  health.Begin("b.jsonl", log);
  EXPECT_NO_THROW(health.End(log)) << "an empty input passes";
  health.Begin("c.jsonl", log);
  log.Report({"c.jsonl", 1, "cut"});
  try {
    health.End(log);
    FAIL() << "an input with only bad records must fail";
  } catch (const Error& e) {
    EXPECT_EQ(e.location(), "c.jsonl");
    EXPECT_EQ(e.message(),
              "nothing could be read: 1 record bad, none good (first: c.jsonl:1: cut)");
  }
  EXPECT_NO_THROW(health.End(log)) << "ending twice is a no-op";
}

TEST(InputHealth, ShareAboveTheLimitFails) {
  DiagnosticLog log(OnError::kSkip);
  InputHealth health(0.25);
  health.Begin("d.csv", log);
  for (int i = 0; i < 2; ++i) health.CountGood();
  log.Report({"d.csv", 3, "no id"});
  try {
    health.End(log);
    FAIL() << "1 of 3 bad is over 0.25";
  } catch (const Error& e) {
    EXPECT_EQ(e.message(),
              "1 record of 3 bad, more than --max-bad-share 0.25 allows (first: d.csv:3: no id)");
  }
  InputHealth lenient(1);
  lenient.Begin("e.csv", log);
  lenient.CountGood();
  for (int i = 0; i < 50; ++i) log.Report({"e.csv", i + 2, "bad"});
  EXPECT_NO_THROW(lenient.End(log));
}

TEST(InputHealth, RandomBytesNamedJsonlFailNamingTheFile) {
  TempDir dir;
  WriteFile(dir.File("random.jsonl"), Garbage(4096));
  std::string error = ReadError({dir.File("random.jsonl")});
  EXPECT_TRUE(Has(error, dir.File("random.jsonl") + ": nothing could be read")) << error;
  // Even after a good file, and whatever the share allows.
  PostReaderOptions options;
  options.max_bad_share = 1;
  error = ReadError({Fixture("twarc2_flat.jsonl"), dir.File("random.jsonl")}, options);
  EXPECT_TRUE(Has(error, "random.jsonl: nothing could be read")) << error;
}

TEST(InputHealth, JsonLinesThatAllFailToParse) {
  TempDir dir;
  WriteFile(dir.File("cut.jsonl"), "{\"id\":\"1\",\"text\":\"ha\n{\"id\":\"2\",\n{\n");
  std::string error = ReadError({dir.File("cut.jsonl")});
  EXPECT_TRUE(Has(error, "cut.jsonl: nothing could be read")) << error;
}

TEST(InputHealth, ZipWithoutTweetsJsFailsNamingTheZip) {
  TempDir dir;
  std::string zip = dir.File("twitter-archive.zip");
  liputan::testing::WriteZip(zip,
                             {{"data/account.js", ReadFile(Fixture("archive/data/account.js"))},
                              {"data/manifest.js", "window.__THAR_CONFIG = {}\n"}});
  std::string error = ReadError({zip});
  EXPECT_TRUE(Has(error, zip + ": nothing could be read")) << error;
  EXPECT_TRUE(Has(error, zip + ":data/")) << "the first problem names the member: " << error;
  EXPECT_TRUE(Has(error, "; it looks like a Twitter archive without data/tweets.js")) << error;
}

TEST(InputHealth, ZipWithoutDataFilesFails) {
  TempDir dir;
  std::string zip = dir.File("foto.zip");
  liputan::testing::WriteZip(
      zip, {{"foto/1.jpg", std::string("\xFF\xD8\xFF\xE0junk", 8)}, {"laporan.pdf", "%PDF-1.4"}});
  std::string error = ReadError({zip});
  EXPECT_TRUE(Has(error, zip + ": nothing could be read: 1 record bad, none good (first: " + zip +
                             ": no member to read"))
      << error;
}

TEST(InputHealth, ZipIsJudgedAsAWhole) {
  // A member that is not a post export (a README) does not sink the zip's good members.
  TempDir dir;
  std::string zip = dir.File("exports.zip");
  liputan::testing::WriteZip(zip, {{"README.txt", "Ekspor dari dasbor humas\nlihat lampiran\n"},
                                   {"b/export.csv", ReadFile(Fixture("export_semicolon.csv"))},
                                   {"a/v1.jsonl", ReadFile(Fixture("v1_statuses.jsonl"))}});
  EXPECT_EQ(ReadPosts({zip}).size(), 6u);
}

TEST(InputHealth, CsvHeaderWithoutIdOrTextIsUnusable) {
  TempDir dir;
  WriteFile(dir.File("angka.csv"), "tanggal,jumlah\n2024-01-01,5\n2024-01-02,7\n");
  std::string error = ReadError({dir.File("angka.csv")});
  EXPECT_TRUE(Has(error, "angka.csv: nothing could be read")) << error;
  EXPECT_TRUE(Has(error,
                  "angka.csv:1: unusable header: no id or text column (columns: "
                  "\"tanggal\", \"jumlah\")"))
      << error;
  PostReaderOptions fail;
  fail.on_error = OnError::kFail;
  error = ReadError({dir.File("angka.csv")}, fail);
  EXPECT_TRUE(Has(error, "angka.csv:1: unusable header")) << error;
}

TEST(InputHealth, MostlyBrokenFileFailsUnlessTheShareAllowsIt) {
  TempDir dir;
  WriteFile(dir.File("m.csv"),
            "id,text,created_at\n1,halo,2024-01-01\n2,hai,kemarin\n3,apa,lusa\n4,ya,besok\n");
  std::string error = ReadError({dir.File("m.csv")});
  EXPECT_TRUE(Has(error,
                  "m.csv: 3 records of 4 bad, more than --max-bad-share 0.5 allows "
                  "(first: " +
                      dir.File("m.csv") + ":3: unreadable created_at"))
      << error;
  PostReaderOptions options;
  options.max_bad_share = 0.75;
  EXPECT_EQ(ReadPosts({dir.File("m.csv")}, options).size(), 1u);
}

TEST(InputHealth, EmptyFilesAndDuplicatesPass) {
  TempDir dir;
  WriteFile(dir.File("empty.jsonl"), "");
  WriteFile(dir.File("empty.csv"), "");
  EXPECT_TRUE(ReadPosts({dir.File("empty.jsonl"), dir.File("empty.csv")}).empty());
  // The same file twice: the second gives only duplicates, which were read well.
  EXPECT_EQ(ReadPosts({Fixture("twarc2_flat.jsonl"), Fixture("twarc2_flat.jsonl")}).size(),
            ReadPosts({Fixture("twarc2_flat.jsonl")}).size());
}

TEST(CsvSyntheticIds, FileAndLineWithANote) {
  TempDir dir;
  const std::string path = dir.File("ekspor.csv");
  WriteFile(path,
            "Tweet,Tanggal\n"
            "\"Jalan rusak di desa,\nmohon diperbaiki\",2024-03-01\n"
            "Jadwal vaksin,2024-03-02\n");
  NoteCatcher catcher;
  std::vector<Post> posts = ReadPosts({path});
  ASSERT_EQ(posts.size(), 2u);
  EXPECT_EQ(posts[0].id, path + ":2");
  EXPECT_EQ(posts[1].id, path + ":4") << "the line the record starts on";
  EXPECT_EQ(posts[1].text, "Jadwal vaksin");
  ASSERT_EQ(catcher.notes.size(), 1u);
  EXPECT_EQ(catcher.notes[0], path + ": no id column: each post gets the id \"" + path +
                                  ":LINE\", LINE being the line its record starts on (--map "
                                  "id=COLUMN names an id column)");
  // Stable: the same file read again gives the same ids (so it is dropped as a duplicate).
  EXPECT_EQ(ReadPosts({path, path}).size(), 2u);
}

TEST(CsvSyntheticIds, LabeledSetAndExplicitMapWins) {
  TempDir dir;
  WriteFile(dir.File("latih.csv"), "text,sektor,nomor\njalan rusak,pu,7\nvaksin,kesehatan,8\n");
  PostReaderOptions options;
  options.label_fields = {"sektor"};
  std::vector<Post> posts = ReadPosts({dir.File("latih.csv")}, options);
  ASSERT_EQ(posts.size(), 2u);
  EXPECT_EQ(posts[0].id, dir.File("latih.csv") + ":2");
  EXPECT_EQ(posts[0].true_labels.at("sektor"), Strings{"pu"});
  options.column_map = {"id=nomor"};
  NoteCatcher catcher;
  posts = ReadPosts({dir.File("latih.csv")}, options);
  ASSERT_EQ(posts.size(), 2u);
  EXPECT_EQ(posts[1].id, "8");
  EXPECT_TRUE(catcher.notes.empty()) << "no note when the ids are the file's own";
}

TEST(CsvSyntheticIds, ConvertKeepsTheIdsAndSaysSoOnStderr) {
  TempDir dir;
  WriteFile(dir.File("t.csv"), "Tweet\nhalo warga\n");
  auto r = liputan::testing::RunLiputan(
      {"corpus", "convert", dir.File("t.csv"), "-o", dir.File("out.jsonl")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(Has(r.err, "liputan corpus: " + dir.File("t.csv") + ": no id column")) << r.err;
  EXPECT_TRUE(Has(r.err, "1 posts written")) << r.err;
  EXPECT_TRUE(Has(ReadFile(dir.File("out.jsonl")), "\"id\":\"" + dir.File("t.csv") + ":2\""));
}

}  // namespace
}  // namespace liputan
