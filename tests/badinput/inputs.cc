#include "tests/badinput/inputs.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "tests/badinput/cli_process.h"
#include "tests/corpora/archive_writer.h"
#include "tests/support/cli_runner.h"

#ifndef LIPUTAN_BINARY
#error "LIPUTAN_BINARY must name the liputan executable"
#endif

namespace fs = std::filesystem;

namespace liputan::testing {
namespace {

const std::string kSource = LIPUTAN_SOURCE_DIR;

std::string Write(const std::string& dir, const std::string& name, const std::string& content) {
  std::string path = dir + "/" + name;
  WriteFile(path, content);
  return path;
}

// Deterministic bytes (a 64-bit LCG), so a failing case fails the same way every run.
std::string Garbage(size_t size, uint64_t seed) {
  std::string out(size, '\0');
  for (auto& c : out) {
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    c = static_cast<char>(seed >> 56);
  }
  return out;
}

std::string Truncated(const std::string& path, double fraction) {
  std::string data = ReadFile(path);
  data.resize(static_cast<size_t>(static_cast<double>(data.size()) * fraction));
  WriteFile(path, data);
  return path;
}

nlohmann::json ReadJson(const std::string& path) { return nlohmann::json::parse(ReadFile(path)); }

void WriteJson(const std::string& path, const nlohmann::json& json) {
  WriteFile(path, json.dump(2));
}

// A copy of the shared model whose manifest `edit` changes.
std::string ModelWith(const std::string& dir, const std::string& model, const std::string& name,
                      const std::function<void(nlohmann::json&, const std::string&)>& edit) {
  std::string copy = dir + "/" + name;
  fs::copy(model, copy, fs::copy_options::recursive);
  nlohmann::json manifest = ReadJson(copy + "/manifest.json");
  edit(manifest, copy);
  WriteJson(copy + "/manifest.json", manifest);
  return copy;
}

std::string BinOf(const nlohmann::json& manifest, const std::string& bundle) {
  return bundle + "/" + manifest["label_sets"][0]["file"].get<std::string>();
}

std::string Agencies() { return kSource + "/tests/data/report/agencies.csv"; }
std::string Labeled() { return kSource + "/tests/data/report/labeled.jsonl"; }

std::string EmitState(const std::string& dir, const std::string& name,
                      const std::string& agencies) {
  std::string path = dir + "/" + name;
  CliOutcome r = RunCli({"report", "--agencies", agencies, "--emit-state", path, Labeled()});
  if (r.exit_code != 0) throw std::runtime_error("report --emit-state failed: " + r.err);
  return path;
}

using Generator = std::function<std::string(const std::string& dir, const std::string& model)>;

const std::map<std::string, Generator>& Generators() {
  static const std::map<std::string, Generator> generators = {
      {"empty", [](auto& d, auto&) { return Write(d, "empty.txt", ""); }},
      {"garbage", [](auto& d, auto&) { return Write(d, "garbage.bin", Garbage(4096, 9)); }},
      {"invalid-utf8",
       [](auto& d, auto&) {
         return Write(d, "badutf8.txt", "jalan rusak\nimunisasi anak\nbanjir \xff\xfe di desa\n");
       }},
      {"invalid-utf8-labeled",
       [](auto& d, auto&) {
         return Write(d, "badutf8.fasttext",
                      "__label__a jalan rusak\n__label__b imunisasi\n__label__a ba\xc3\x28njir\n");
       }},
      {"invalid-utf8-posts",
       [](auto& d, auto&) {
         std::string posts = FlatPostsJsonl(2);
         posts +=
             R"({"id":"3","author_id":"7","text":"rusak )"
             "\xff\xfe"
             R"(","created_at":"2024-03-01T01:00:00.000Z","author":{"id":"7","username":"DinkesContoh"}})"
             "\n";
         return Write(d, "badutf8.jsonl", posts);
       }},
      {"cut-labeled",
       [](auto& d, auto&) {
         return Write(d, "cut.jsonl",
                      "{\"text\":\"jalan rusak\",\"label\":\"infra\"}\n"
                      "{\"text\":\"imunisasi anak\",\"label\":\"kes\"}\n"
                      "{\"text\":\"banjir di ja");
       }},
      {"cut-posts",
       [](auto& d, auto&) {
         std::string posts = FlatPostsJsonl(4);
         size_t third = 0;
         for (int i = 0; i < 2; ++i) third = posts.find('\n', third) + 1;
         size_t end = posts.find('\n', third);
         posts.erase(third + (end - third) / 2, end - (third + (end - third) / 2));
         return Write(d, "cutposts.jsonl", posts);
       }},
      {"posts", [](auto& d, auto&) { return Write(d, "posts.jsonl", FlatPostsJsonl(200)); }},
      // Nine posts of ~330 bytes and, on line 5, one whose text is 5,000 bytes: over a lowered
      // --max-record-bytes or --max-field-bytes of 1000, under the defaults.
      {"posts-one-long",
       [](auto& d, auto&) {
         std::string posts = FlatPostsJsonl(4);
         std::string long_post = FlatPostsJsonl(1, 100);
         long_post.insert(long_post.find("\"text\":\"") + 8, std::string(5000, 'x'));
         return Write(d, "longpost.jsonl", posts + long_post + FlatPostsJsonl(5, 10));
       }},
      {"posts-gz-trunc",
       [](auto& d, auto&) {
         std::string path = d + "/posts.jsonl.gz";
         WriteCompressed(path, FlatPostsJsonl(5000), Filter::kGzip);
         return Truncated(path, 0.5);
       }},
      {"posts-zst-trunc",
       [](auto& d, auto&) {
         std::string path = d + "/posts.jsonl.zst";
         WriteCompressed(path, FlatPostsJsonl(5000), Filter::kZstd);
         return Truncated(path, 0.5);
       }},
      {"labeled-gz-trunc",
       [](auto& d, auto&) {
         std::string path = d + "/train.txt.gz";
         WriteCompressed(path, LabeledFastText(20000), Filter::kGzip);
         return Truncated(path, 0.5);
       }},
      {"zip-no-tweets",
       [](auto& d, auto&) {
         std::string path = d + "/twitter-archive.zip";
         WriteZip(path, {{"data/account.js",
                          "window.YTD.account.part0 = [{\"account\":{\"username\":\"DinkesContoh\","
                          "\"accountId\":\"7\"}}]\n"},
                         {"data/manifest.js", "window.__THAR_CONFIG = {}\n"}});
         return path;
       }},
      {"csv-unbalanced",
       [](auto& d, auto&) {
         return Write(d, "unbalanced.csv",
                      "text,label\njalan rusak,infra\n\"imunisasi, kes\n"
                      "banjir,bencana\n");
       }},
      {"csv-unbalanced-posts",
       [](auto& d, auto&) {
         return Write(d, "unbalanced_posts.csv",
                      "id,created_at,username,text\n1,2024-03-01T01:00:00Z,DinkesContoh,halo\n"
                      "2,2024-03-01T02:00:00Z,DinkesContoh,\"jalan rusak\n");
       }},
      {"empty-label-csv",
       [](auto& d, auto&) {
         return Write(d, "emptylabel.csv",
                      "text,label\njalan rusak parah,infra\nimunisasi anak,\njadwal vaksin,kes\n");
       }},
      {"empty-label-jsonl",
       [](auto& d, auto&) {
         return Write(d, "emptylabel.jsonl",
                      "{\"text\":\"jalan rusak\",\"label\":\"infra\"}\n"
                      "{\"text\":\"imunisasi anak\",\"label\":\"\"}\n");
       }},
      {"labeled", [](auto& d, auto&) { return Write(d, "train.txt", LabeledFastText(200)); }},
      // 50 MiB on one line: within the 64 MiB line cap, over the 16 MiB record cap of CSV/JSON.
      {"big-line",
       [](auto& d, auto&) {
         std::string line;
         line.reserve(50u << 20);
         while (line.size() + 5 <= (50u << 20)) line += "kata ";
         return Write(d, "bigline.txt", line + "\n");
       }},
      {"big-line-labeled",
       [](auto& d, auto&) {
         std::string line = "__label__a ";
         line.reserve(50u << 20);
         while (line.size() + 5 <= (50u << 20)) line += "kata ";
         return Write(d, "bigline.fasttext", line + "\n");
       }},
      // 70 MiB without a newline: over the 64 MiB line cap.
      {"huge-line",
       [](auto& d, auto&) { return Write(d, "hugeline.txt", std::string(70u << 20, 'a')); }},
      {"model-trunc-bin",
       [](auto& d, auto& m) {
         return ModelWith(d, m, "trunc.liputan", [](nlohmann::json& j, const std::string& b) {
           Truncated(BinOf(j, b), 0.4);
         });
       }},
      {"model-corrupt-bin",
       [](auto& d, auto& m) {
         return ModelWith(d, m, "corrupt.liputan", [](nlohmann::json& j, const std::string& b) {
           std::string bin = ReadFile(BinOf(j, b));
           for (size_t i = bin.size() / 2; i < bin.size() / 2 + 64 && i < bin.size(); ++i) {
             bin[i] = static_cast<char>(~bin[i]);
           }
           WriteFile(BinOf(j, b), bin);
         });
       }},
      {"model-missing-bin",
       [](auto& d, auto& m) {
         return ModelWith(d, m, "nobin.liputan",
                          [](nlohmann::json& j, const std::string& b) { fs::remove(BinOf(j, b)); });
       }},
      {"model-future",
       [](auto& d, auto& m) {
         return ModelWith(d, m, "future.liputan",
                          [](nlohmann::json& j, const std::string&) { j["format_version"] = 99; });
       }},
      {"model-lexicon-differs",
       [](auto& d, auto& m) {
         return ModelWith(d, m, "lexicon.liputan", [](nlohmann::json& j, const std::string&) {
           j["tokenizer"]["lexicon_hashes"]["slang.id.tsv"] = "fnv1a64:0000000000000000";
         });
       }},
      {"model-tokenizer-unknown",
       [](auto& d, auto& m) {
         return ModelWith(d, m, "tokopt.liputan", [](nlohmann::json& j, const std::string&) {
           j["tokenizer"]["options"]["lowercase_only"] = true;
         });
       }},
      {"model-tokenizer-bad-value",
       [](auto& d, auto& m) {
         return ModelWith(d, m, "tokval.liputan", [](nlohmann::json& j, const std::string&) {
           j["tokenizer"]["options"]["invalid_utf8"] = "sometimes";
         });
       }},
      {"model-manifest-cut",
       [](auto& d, auto& m) {
         std::string copy = d + "/cutmanifest.liputan";
         fs::copy(m, copy, fs::copy_options::recursive);
         Truncated(copy + "/manifest.json", 0.5);
         return copy;
       }},
      {"model-manifest-empty",
       [](auto& d, auto& m) {
         std::string copy = d + "/emptymanifest.liputan";
         fs::copy(m, copy, fs::copy_options::recursive);
         WriteFile(copy + "/manifest.json", "");
         return copy;
       }},
      {"agencies-dup",
       [](auto& d, auto&) {
         return Write(
             d, "agencies.csv",
             ReadFile(Agencies()) + "dinkescontoh,Dinas Kesehatan (lagi),opd,1.02,Kab. Contoh\n");
       }},
      {"agencies-empty", [](auto& d, auto&) { return Write(d, "agencies.csv", ""); }},
      {"state", [](auto& d, auto&) { return EmitState(d, "state.json", Agencies()); }},
      {"state-trunc",
       [](auto& d, auto&) { return Truncated(EmitState(d, "state.json", Agencies()), 0.5); }},
      {"state-future",
       [](auto& d, auto&) {
         std::string path = EmitState(d, "state.json", Agencies());
         nlohmann::json j = ReadJson(path);
         j["version"] = 99;
         WriteJson(path, j);
         return path;
       }},
      {"state-other-registry",
       [](auto& d, auto&) {
         std::string registry = ReadFile(Agencies());
         registry.resize(registry.rfind('\n', registry.size() - 2) + 1);  // drop the last agency
         return EmitState(d, "state.json", Write(d, "fewer_agencies.csv", registry));
       }},
      {"state-wrong-types",
       [](auto& d, auto&) {
         std::string path = EmitState(d, "state.json", Agencies());
         nlohmann::json j = ReadJson(path);
         for (auto& [handle, months] : j["agencies"].items()) {
           for (auto& [month, state] : months.items()) state["broadcast_posts"] = "many";
         }
         WriteJson(path, j);
         return path;
       }},
      // A CSV header naming a prediction column in bytes that are not UTF-8 (corpora_fuzz: the
      // name became a label-set key that JSON could not carry).
      {"csv-bad-header",
       [](auto& d, auto&) {
         return Write(d, "badheader.csv", "id,text,pred:sek\xff\xfetor\n1,jalan rusak,infra=0.9\n");
       }},
      // A count far out of int64's range, written as a float (report_state_fuzz found the cast
      // to be undefined behaviour).
      {"state-huge-float",
       [](auto& d, auto&) {
         std::string path = EmitState(d, "state.json", Agencies());
         nlohmann::json j = ReadJson(path);
         j["counters"]["records"] = 5.5e114;
         WriteJson(path, j);
         return path;
       }},
      // An output path that is a symlink to a full device: the write must fail (74), not replace
      // the link by a regular file.
      {"link-to-dev-full",
       [](auto& d, auto&) {
         std::string path = d + "/out.jsonl";
         fs::create_symlink("/dev/full", path);
         return path;
       }},
      {"a-file", [](auto& d, auto&) { return Write(d, "a-file", "not a directory\n"); }},
      // Issue 18: inputs from which nothing, or mostly nothing, can be read.
      {"random-jsonl", [](auto& d, auto&) { return Write(d, "random.jsonl", Garbage(4096, 18)); }},
      {"csv-unusable-header",
       [](auto& d, auto&) {
         return Write(d, "angka.csv", "tanggal,jumlah\n2024-03-01,5\n2024-03-02,7\n");
       }},
      {"csv-no-id",
       [](auto& d, auto&) {
         return Write(d, "noid.csv",
                      "Tweet,Tanggal\nJadwal imunisasi di puskesmas,2024-03-01\n"
                      "Jalan rusak sudah diperbaiki,2024-03-02\n");
       }},
      // One good post and three whose dates cannot be read: 75% bad.
      {"mostly-bad-posts",
       [](auto& d, auto&) {
         return Write(d, "mostlybad.csv",
                      "id,created_at,username,text\n1,2024-03-01T01:00:00Z,DinkesContoh,halo\n"
                      "2,kemarin,DinkesContoh,hai\n3,lusa,DinkesContoh,apa\n"
                      "4,besok,DinkesContoh,ya\n");
       }},
      {"labeled-all-bad",
       [](auto& d, auto&) {
         return Write(d, "nolabels.csv", "text,label\njalan rusak,\nvaksin,\n");
       }},
      {"labeled-mostly-bad",
       [](auto& d, auto&) {
         return Write(d, "mostlynolabels.csv",
                      "text,label\njalan rusak,infra\nvaksin,\nposyandu,\nbanjir,\n");
       }},
      {"text-lines-all-bad",
       [](auto& d, auto&) { return Write(d, "cutlines.txt", "{\"id\":\"1\",\"te\n{\"id\":\n"); }},
  };
  return generators;
}

}  // namespace

std::string FlatPostsJsonl(int count, int first_id) {
  std::string out;
  static const char* kTexts[] = {
      "Jadwal imunisasi di puskesmas minggu ini", "Jalan rusak di desa sudah kami perbaiki",
      "Selamat hari raya bagi yang merayakan", "Pendaftaran sekolah dibuka mulai besok"};
  for (int i = 0; i < count; ++i) {
    int id = first_id + i;
    out += "{\"id\":\"" + std::to_string(id) + "\",\"author_id\":\"7\",\"text\":\"" +
           kTexts[id % 4] + " nomor " + std::to_string(id) +
           "\",\"created_at\":\"2024-03-01T01:00:00.000Z\",\"lang\":\"in\","
           "\"author\":{\"id\":\"7\",\"username\":\"DinkesContoh\",\"public_metrics\":"
           "{\"followers_count\":100}},\"public_metrics\":{\"like_count\":1,\"retweet_count\":0,"
           "\"reply_count\":0,\"quote_count\":0}}\n";
  }
  return out;
}

std::string LabeledFastText(int count) {
  static const char* kLines[] = {
      "__label__infra jalan rusak berlubang di desa", "__label__kes imunisasi anak di puskesmas",
      "__label__infra jembatan putus perlu diperbaiki", "__label__kes jadwal vaksin dan posyandu"};
  std::string out;
  for (int i = 0; i < count; ++i)
    out += std::string(kLines[i % 4]) + " " + std::to_string(i) + "\n";
  return out;
}

std::string GenerateInput(const std::string& kind, const std::string& dir,
                          const std::string& model) {
  auto it = Generators().find(kind);
  if (it == Generators().end()) throw std::runtime_error("unknown generator " + kind);
  return it->second(dir, model);
}

std::string SharedModel() {
  // Keyed by the binary's size and time, so a rebuilt liputan (other lexicons) trains anew.
  struct stat st {};
  if (::stat(LIPUTAN_BINARY, &st) != 0) throw std::runtime_error("no liputan binary");
#ifdef LIPUTAN_BADINPUT_CACHE
  std::string cache = LIPUTAN_BADINPUT_CACHE;
#else
  std::string cache = (fs::temp_directory_path() / "liputan-badinput-cache").string();
#endif
  fs::create_directories(cache);
  std::string model = cache + "/model-" + std::to_string(st.st_size) + "-" +
                      std::to_string(st.st_mtim.tv_sec) + ".liputan";
  int lock = ::open((cache + "/lock").c_str(), O_RDWR | O_CREAT, 0644);
  ::flock(lock, LOCK_EX);
  if (!fs::exists(model + "/manifest.json")) {
    std::string train = Write(cache, "train.txt", LabeledFastText(200));
    std::string staging = model + ".staging";
    fs::remove_all(staging);
    CliOutcome r = RunCli({"train", "-i", train, "-o", staging, "--epoch", "5", "--cv", "0",
                           "--bucket", "1000", "--dim", "10", "--word-ngrams", "1"});
    if (r.exit_code != 0) {
      ::close(lock);
      throw std::runtime_error("training the shared model failed: " + r.err);
    }
    fs::rename(staging, model);
  }
  ::close(lock);
  return model;
}

}  // namespace liputan::testing
