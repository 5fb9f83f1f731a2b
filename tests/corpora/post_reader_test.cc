#include "corpora/post_reader.h"

#include <gtest/gtest.h>

#include "common/error.h"
#include "tests/corpora/archive_writer.h"
#include "tests/support/cli_runner.h"

namespace liputan {
namespace {

using liputan::testing::Filter;
using liputan::testing::ReadFile;
using liputan::testing::TempDir;
using liputan::testing::WriteFile;
using Strings = std::vector<std::string>;

std::string Fixture(const std::string& name) {
  return std::string(LIPUTAN_CORPORA_FIXTURES) + "/" + name;
}

struct ReadResult {
  std::vector<Post> posts;
  PostReaderStats stats;
  std::vector<Diagnostic> diagnostics;
  long long bad = 0;
};

ReadResult ReadAll(const Strings& paths, PostReaderOptions options = {}) {
  PostReader reader(paths, options);
  ReadResult result;
  Post post;
  while (reader.Next(post)) result.posts.push_back(post);
  result.stats = reader.stats();
  result.diagnostics = reader.diagnostics().kept();
  result.bad = reader.diagnostics().count();
  return result;
}

const Post* FindPost(const ReadResult& r, const std::string& id) {
  for (const auto& p : r.posts) {
    if (p.id == id) return &p;
  }
  return nullptr;
}

TEST(PostReader, Twarc2PagesRetweetTakesFullOriginalFromIncludes) {
  ReadResult r = ReadAll({Fixture("twarc2_pages.jsonl")});
  EXPECT_EQ(r.stats.posts_by_format["twarc2"], 6);
  const Post* rt = FindPost(r, "1500000000000000002");
  ASSERT_NE(rt, nullptr);
  EXPECT_EQ(rt->kind, PostKind::kRetweet);
  EXPECT_EQ(rt->retweeted_id, "1499999999999999000");
  EXPECT_EQ(rt->retweeted_handle, "bpbd_prov");
  EXPECT_EQ(rt->text.rfind("Peringatan dini", 0), 0u);
  EXPECT_NE(rt->text.find("#SiagaBencana"), std::string::npos) << "full text, not the cut one";
  EXPECT_EQ(rt->text.find("\u2026"), std::string::npos);
  EXPECT_EQ(rt->hashtags, Strings{"SiagaBencana"});
}

TEST(PostReader, Twarc2PagesAuthorsEntitiesMetricsAndKinds) {
  ReadResult r = ReadAll({Fixture("twarc2_pages.jsonl")});
  const Post* p = FindPost(r, "1500000000000000001");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->author_handle, "dinkes_kota");
  EXPECT_EQ(p->author_name, "Dinas Kesehatan Kota");
  EXPECT_EQ(p->author_followers, 15230);
  EXPECT_EQ(p->observed_at, 1646352000);  // 2022-03-04T00:00:00Z from __twarc.retrieved_at
  EXPECT_EQ(p->created_at, 1646100900);   // 2022-03-01T02:15:00Z
  EXPECT_NE(p->text.find("Sukamaju & Sukajadi"), std::string::npos) << "&amp; decoded";
  EXPECT_EQ(p->urls, Strings{"https://dinkes.example.go.id/booster"});
  EXPECT_EQ(p->mentions, Strings{"bpbd_prov"});
  EXPECT_EQ(p->metrics.likes, 40);
  EXPECT_EQ(p->source_line, 1);

  const Post* quote = FindPost(r, "1500000000000000003");
  ASSERT_NE(quote, nullptr);
  EXPECT_EQ(quote->kind, PostKind::kQuote);
  EXPECT_EQ(quote->quoted_id, "1499999999999999000");
  EXPECT_EQ(quote->quoted_handle, "bpbd_prov");

  const Post* reply = FindPost(r, "1500000000000000004");
  ASSERT_NE(reply, nullptr);
  EXPECT_EQ(reply->kind, PostKind::kReply);
  EXPECT_EQ(reply->replied_to_id, "1500000000000000999");
  EXPECT_EQ(reply->replied_to_handle, "warga_peduli");
  // No public_metrics at all: absent, not zero.
  EXPECT_FALSE(reply->metrics.likes.has_value());
  EXPECT_FALSE(reply->metrics.retweets.has_value());

  const Post* last = FindPost(r, "1500000000000000005");
  ASSERT_NE(last, nullptr);
  EXPECT_EQ(last->metrics.likes, 0);
  EXPECT_EQ(last->metrics.impressions, 310);

  // Replying to a user absent from includes: the mention with their id gives the handle.
  const Post* orphan = FindPost(r, "1500000000000000006");
  ASSERT_NE(orphan, nullptr);
  EXPECT_EQ(orphan->replied_to_handle, "akun_lama");
}

TEST(PostReader, DuplicatesDroppedFirstWinsAndRecordWithoutIdReported) {
  ReadResult r = ReadAll({Fixture("twarc2_pages.jsonl")});
  EXPECT_EQ(r.stats.duplicates, 1);
  EXPECT_EQ(FindPost(r, "1500000000000000001")->text.find("duplicate copy"), std::string::npos);
  ASSERT_EQ(r.bad, 1);
  EXPECT_EQ(r.diagnostics[0].line, 2);
  EXPECT_EQ(r.diagnostics[0].message, "no \"id\"");
}

TEST(PostReader, DuplicatesAcrossFilesAndKeepDuplicates) {
  ReadResult r = ReadAll({Fixture("twarc2_pages.jsonl"), Fixture("twarc2_flat.jsonl")});
  EXPECT_EQ(r.posts.size(), 6u);
  EXPECT_EQ(r.stats.duplicates, 3);
  PostReaderOptions keep;
  keep.drop_duplicates = false;
  EXPECT_EQ(
      ReadAll({Fixture("twarc2_pages.jsonl"), Fixture("twarc2_flat.jsonl")}, keep).posts.size(),
      9u);
}

TEST(PostReader, Twarc2FlattenedMatchesPages) {
  ReadResult flat = ReadAll({Fixture("twarc2_flat.jsonl")});
  ReadResult pages = ReadAll({Fixture("twarc2_pages.jsonl")});
  EXPECT_EQ(flat.stats.posts_by_format["twarc2-flat"], 2);
  for (const auto& id : {"1500000000000000002", "1500000000000000004"}) {
    const Post* a = FindPost(flat, id);
    const Post* b = FindPost(pages, id);
    ASSERT_TRUE(a && b) << id;
    EXPECT_EQ(a->text, b->text);
    EXPECT_EQ(a->kind, b->kind);
    EXPECT_EQ(a->author_handle, b->author_handle);
    EXPECT_EQ(a->author_followers, b->author_followers);
    EXPECT_EQ(a->retweeted_handle, b->retweeted_handle);
    EXPECT_EQ(a->replied_to_handle, b->replied_to_handle);
    EXPECT_EQ(a->metrics, b->metrics);
    EXPECT_EQ(a->observed_at, b->observed_at);
  }
}

TEST(PostReader, V1ExtendedTweetRetweetQuoteReply) {
  ReadResult r = ReadAll({Fixture("v1_statuses.jsonl")});
  EXPECT_EQ(r.stats.posts_by_format["v1"], 4);
  const Post* ext = FindPost(r, "738000000000000001");
  ASSERT_NE(ext, nullptr);
  EXPECT_NE(ext->text.find("posyandu terdekat, gratis! #ImunisasiMR"), std::string::npos);
  EXPECT_EQ(ext->hashtags, Strings{"ImunisasiMR"});
  EXPECT_EQ(ext->created_at, 1464788132);  // Wed Jun 01 13:35:32 +0000 2016
  EXPECT_EQ(ext->author_handle, "dinkes_kota");
  EXPECT_EQ(ext->author_id, "100");
  EXPECT_EQ(ext->author_followers, 15000);
  EXPECT_FALSE(ext->metrics.replies.has_value());

  const Post* rt = FindPost(r, "738000000000000002");
  ASSERT_NE(rt, nullptr);
  EXPECT_EQ(rt->kind, PostKind::kRetweet);
  EXPECT_EQ(rt->retweeted_id, "737999999999999999");
  EXPECT_EQ(rt->retweeted_handle, "kemenkes");
  EXPECT_EQ(rt->text.rfind("Cuci tangan", 0), 0u);
  EXPECT_NE(rt->text.find("di sekolah. #CTPS"), std::string::npos);

  const Post* quote = FindPost(r, "738000000000000003");
  EXPECT_EQ(quote->kind, PostKind::kQuote);
  EXPECT_EQ(quote->quoted_handle, "kemenkes");
  EXPECT_EQ(quote->text, "Simak penjelasan berikut >>");

  const Post* reply = FindPost(r, "738000000000000004");
  EXPECT_EQ(reply->kind, PostKind::kReply);
  EXPECT_EQ(reply->replied_to_id, "737999999999999990");
  EXPECT_EQ(reply->replied_to_handle, "warga_peduli");
}

TEST(PostReader, V1PrettyPrintedArray) {
  ReadResult r = ReadAll({Fixture("v1_array.json")});
  ASSERT_EQ(r.posts.size(), 2u);
  EXPECT_EQ(r.stats.posts_by_format["v1"], 2);
  EXPECT_EQ(r.posts[0].source_line, 2);
  EXPECT_GT(r.posts[1].source_line, 10);
  EXPECT_EQ(r.posts[1].kind, PostKind::kReply);
}

void ExpectArchivePosts(const ReadResult& r) {
  ASSERT_EQ(r.posts.size(), 3u);
  EXPECT_EQ(r.stats.posts_by_format.at("tweets-js"), 3);
  const Post& first = r.posts[0];
  EXPECT_EQ(first.author_handle, "humas_kab");  // from account.js
  EXPECT_EQ(first.author_id, "555");
  EXPECT_EQ(first.metrics.likes, 25);  // "25" in the file
  EXPECT_EQ(first.metrics.retweets, 4);
  EXPECT_NE(first.text.find("alun-alun pagi ini & disiarkan"), std::string::npos);
  EXPECT_EQ(r.posts[1].kind, PostKind::kRetweet);
  EXPECT_EQ(r.posts[1].retweeted_handle, "bpbd_prov");
  EXPECT_EQ(r.posts[2].kind, PostKind::kReply);
  EXPECT_EQ(r.posts[2].replied_to_handle, "warga_peduli");
}

TEST(PostReader, TweetsJsExtracted) {
  ReadResult r = ReadAll({Fixture("archive/data/tweets.js")});
  ExpectArchivePosts(r);
  EXPECT_EQ(r.posts[0].source_file, Fixture("archive/data/tweets.js"));
}

TEST(PostReader, TweetsJsInsideTheArchiveZip) {
  TempDir dir;
  std::string zip = dir.File("twitter-2022-12-20.zip");
  liputan::testing::WriteZip(
      zip, {{"Your archive.html", "<html></html>"},
            {"data/tweets_media/1600000000000000001-a.jpg", std::string("\xFF\xD8\xFF\xE0junk", 8)},
            {"data/tweets.js", ReadFile(Fixture("archive/data/tweets.js"))},
            {"data/like.js", "window.YTD.like.part0 = []"},
            {"data/account.js", ReadFile(Fixture("archive/data/account.js"))}});
  ReadResult r = ReadAll({zip});
  ExpectArchivePosts(r);
  EXPECT_EQ(r.posts[0].source_file, zip + ":data/tweets.js");
  EXPECT_EQ(r.bad, 0);
}

TEST(PostReader, ZipOfDataFilesReadsEveryMember) {
  TempDir dir;
  std::string zip = dir.File("exports.zip");
  liputan::testing::WriteZip(zip, {{"a/v1.jsonl", ReadFile(Fixture("v1_statuses.jsonl"))},
                                   {"b/export.csv", ReadFile(Fixture("export_semicolon.csv"))},
                                   {"notes.pdf", "%PDF"}});
  ReadResult r = ReadAll({zip});
  EXPECT_EQ(r.stats.posts_by_format["v1"], 4);
  EXPECT_EQ(r.stats.posts_by_format["csv"], 2);
}

TEST(PostReader, CsvSemicolonBomEmbeddedNewlinesDateTimeAndThousands) {
  ReadResult r = ReadAll({Fixture("export_semicolon.csv")});
  EXPECT_EQ(r.stats.posts_by_format["csv"], 2);
  ASSERT_EQ(r.posts.size(), 2u);
  const Post& p = r.posts[0];
  EXPECT_EQ(p.id, "1700000000000000001");
  EXPECT_EQ(p.text, "Pengumuman:\r\nPelayanan KTP \"jemput bola\" dibuka; datang ke kelurahan");
  EXPECT_EQ(p.author_handle, "pemkot_contoh");
  EXPECT_EQ(p.author_name, "Pemerintah Kota");
  EXPECT_EQ(p.created_at, 1685607300);  // 01/06/2023 08:15, day first
  EXPECT_EQ(p.metrics.likes, 1234);
  EXPECT_EQ(p.metrics.retweets, 56);
  EXPECT_EQ(p.hashtags, (Strings{"LayananPublik", "KTP"}));
  EXPECT_EQ(p.source_line, 2);
  EXPECT_FALSE(r.posts[1].metrics.likes.has_value()) << "an empty cell is absent, not 0";
  EXPECT_EQ(r.posts[1].source_line, 4);
  EXPECT_EQ(r.stats.duplicates, 1);
  ASSERT_EQ(r.bad, 2);
  EXPECT_EQ(r.diagnostics[0].line, 6);
  EXPECT_EQ(r.diagnostics[0].message, "no id");
  EXPECT_EQ(r.diagnostics[1].line, 7);
  EXPECT_NE(r.diagnostics[1].message.find("unreadable created_at \"31/02/2023 10:00\""),
            std::string::npos);
}

TEST(PostReader, CsvMonthFirstAndColumnMapOverride) {
  TempDir dir;
  WriteFile(dir.File("m.csv"), "nomor,waktu,isi,id\n42,06/01/2023 08:15,halo warga,999\n");
  PostReaderOptions options;
  options.column_map = {"id=nomor", "created_at=waktu", "text=isi"};
  options.date_order = DateOrder::kMonthFirst;
  ReadResult r = ReadAll({dir.File("m.csv")}, options);
  ASSERT_EQ(r.posts.size(), 1u);
  EXPECT_EQ(r.posts[0].id, "42");
  EXPECT_EQ(r.posts[0].text, "halo warga");
  EXPECT_EQ(r.posts[0].created_at, 1685607300);
  options.column_map = {"id=missing_column"};
  EXPECT_THROW(ReadAll({dir.File("m.csv")}, options), Error);
  options.column_map = {"nonsense"};
  EXPECT_THROW(ReadAll({dir.File("m.csv")}, options), Error);
}

TEST(PostReader, CsvLabelColumnsBecomeTrueLabels) {
  TempDir dir;
  WriteFile(dir.File("l.csv"), "id,text,sektor\n1,Jalan rusak,pu|perhubungan\n");
  PostReaderOptions options;
  options.label_fields = {"sektor"};
  ReadResult r = ReadAll({dir.File("l.csv")}, options);
  ASSERT_EQ(r.posts.size(), 1u);
  EXPECT_EQ(r.posts[0].true_labels.at("sektor"), (Strings{"pu", "perhubungan"}));
}

// What a read stopped with (ErrorCode::kData expected), or "" when it ended normally.
std::string ReadError(const Strings& paths, PostReaderOptions options = {}) {
  try {
    ReadAll(paths, options);
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kData) << e.what();
    return e.what();
  }
  return "";
}

TEST(PostReader, Latin1RejectedWithHintThenTranscodedWithEncoding) {
  // Its one record is bad, so nothing could be read: an error naming the file and the hint.
  std::string bad = ReadError({Fixture("latin1.csv")});
  EXPECT_NE(bad.find("latin1.csv: nothing could be read"), std::string::npos) << bad;
  EXPECT_NE(bad.find("latin1.csv:2: invalid UTF-8"), std::string::npos) << bad;
  EXPECT_NE(bad.find("--encoding"), std::string::npos) << bad;

  PostReaderOptions options;
  options.encoding = "latin1";
  ReadResult good = ReadAll({Fixture("latin1.csv")}, options);
  ASSERT_EQ(good.posts.size(), 1u);
  EXPECT_EQ(good.posts[0].text,
            "Festival kuliner: caf\u00e9 & r\u00e9sum\u00e9 lokal \u00bb alun-alun");
  EXPECT_EQ(good.posts[0].metrics.likes, 12);
  EXPECT_THROW(
      {
        PostReaderOptions o;
        o.encoding = "no-such-charset";
        ReadAll({Fixture("latin1.csv")}, o);
      },
      Error);
}

TEST(PostReader, CompressedInputsReadLikePlain) {
  TempDir dir;
  std::string content = ReadFile(Fixture("v1_statuses.jsonl"));
  ReadResult plain = ReadAll({Fixture("v1_statuses.jsonl")});
  const std::pair<Filter, const char*> filters[] = {{Filter::kGzip, "x.jsonl.gz"},
                                                    {Filter::kZstd, "x.jsonl.zst"},
                                                    {Filter::kBzip2, "x.jsonl.bz2"},
                                                    {Filter::kXz, "x.jsonl.xz"}};
  for (const auto& [filter, name] : filters) {
    liputan::testing::WriteCompressed(dir.File(name), content, filter);
    ReadResult r = ReadAll({dir.File(name)});
    ASSERT_EQ(r.posts.size(), plain.posts.size()) << name;
    for (size_t i = 0; i < r.posts.size(); ++i) {
      EXPECT_EQ(r.posts[i].text, plain.posts[i].text) << name;
      EXPECT_EQ(r.posts[i].source_file, dir.File(name));
    }
  }
}

// A gzip file cut short keeps the posts before the cut and reports one problem for the file.
TEST(PostReader, TruncatedGzip) {
  TempDir dir;
  std::string content;
  for (int i = 0; i < 4000; ++i) {
    content += "{\"id\":\"" + std::to_string(1000000 + i) +
               "\",\"author_id\":\"1\",\"text\":\"pengumuman nomor " + std::to_string(i * 7919) +
               "\",\"public_metrics\":{\"like_count\":" + std::to_string(i % 13) + "}}\n";
  }
  liputan::testing::WriteCompressed(dir.File("full.jsonl.gz"), content, Filter::kGzip);
  std::string gz = ReadFile(dir.File("full.jsonl.gz"));
  WriteFile(dir.File("cut.jsonl.gz"), gz.substr(0, gz.size() / 2));
  ReadResult r = ReadAll({dir.File("cut.jsonl.gz"), Fixture("v1_statuses.jsonl")});
  EXPECT_GT(r.stats.posts_by_format["twarc2-flat"], 100);
  EXPECT_LT(r.stats.posts_by_format["twarc2-flat"], 4000);
  EXPECT_EQ(r.stats.posts_by_format["v1"], 4) << "the next file is still read";
  ASSERT_GE(r.bad, 1);
  bool reported = false;
  for (const auto& d : r.diagnostics) {
    if (d.message.find("truncated or corrupt compressed input") != std::string::npos) {
      reported = true;
      EXPECT_EQ(d.file, dir.File("cut.jsonl.gz"));
    }
  }
  EXPECT_TRUE(reported);
  PostReaderOptions fail;
  fail.on_error = OnError::kFail;
  try {
    ReadAll({dir.File("cut.jsonl.gz")}, fail);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kData);
  }
}

TEST(PostReader, JsonLineCutInHalfAndRecordWithoutId) {
  ReadResult r = ReadAll({Fixture("broken.jsonl")});
  ASSERT_EQ(r.posts.size(), 2u);
  EXPECT_EQ(r.posts[0].source_line, 1);
  EXPECT_EQ(r.posts[1].source_line, 4);
  ASSERT_EQ(r.bad, 2);
  EXPECT_EQ(r.diagnostics[0].line, 2);
  EXPECT_EQ(r.diagnostics[0].message.rfind("invalid JSON", 0), 0u);
  EXPECT_EQ(r.diagnostics[1].line, 3);
  EXPECT_EQ(r.diagnostics[1].message, "no \"id\"");
}

TEST(PostReader, FailPolicyStopsAtFirstBadRecordWithLocation) {
  PostReaderOptions options;
  options.on_error = OnError::kFail;
  try {
    ReadAll({Fixture("broken.jsonl")}, options);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kData);
    EXPECT_EQ(e.location(), Fixture("broken.jsonl") + ":2");
  }
}

TEST(PostReader, MissingFileIsNoInput) {
  try {
    ReadAll({"/nonexistent/tweets.jsonl"});
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kNoInput);
  }
}

TEST(PostReader, ForcedFormatOverridesSniffing) {
  PostReaderOptions options;
  options.format = InputFormat::kCsv;
  std::string error = ReadError({Fixture("v1_statuses.jsonl")}, options);
  EXPECT_NE(error.find("v1_statuses.jsonl:1: unusable header: no id or text column"),
            std::string::npos)
      << error;
  EXPECT_EQ(ParseInputFormat("tweets-js"), InputFormat::kTweetsJs);
  EXPECT_THROW(ParseInputFormat("xml"), Error);
}

TEST(PostReader, SniffsEachFormat) {
  auto head = [](const std::string& name) { return ReadFile(Fixture(name)); };
  EXPECT_EQ(SniffInputFormat(head("twarc2_pages.jsonl")), InputFormat::kTwarc2);
  EXPECT_EQ(SniffInputFormat(head("twarc2_flat.jsonl")), InputFormat::kTwarc2Flat);
  EXPECT_EQ(SniffInputFormat(head("v1_statuses.jsonl")), InputFormat::kV1);
  EXPECT_EQ(SniffInputFormat(head("v1_array.json")), InputFormat::kV1);
  EXPECT_EQ(SniffInputFormat(head("archive/data/tweets.js")), InputFormat::kTweetsJs);
  EXPECT_EQ(SniffInputFormat(head("export_semicolon.csv")), InputFormat::kCsv);
  EXPECT_EQ(SniffInputFormat(head("broken.jsonl")), InputFormat::kTwarc2Flat);
  EXPECT_EQ(
      SniffInputFormat(
          "{\"id\":\"1\",\"created_at\":null,\"author_handle\":\"a\",\"kind\":\"original\"}\n"),
      InputFormat::kLiputan);
}

TEST(PostReader, StdinIsRead) {
  // Through the CLI, since the library reads fd 0.
  auto result = liputan::testing::RunLiputan({"corpus", "stats", "--json", "-"},
                                             ReadFile(Fixture("v1_statuses.jsonl")));
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("\"posts\": 4"), std::string::npos) << result.out;
}

}  // namespace
}  // namespace liputan
