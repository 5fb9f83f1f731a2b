// Writes N twarc2-shaped records for the reading benchmark: flattened tweets (one per line, with
// inline author, entities, public_metrics, referenced tweets for retweets/quotes/replies and
// __twarc), or API pages of 100 tweets with includes (--pages). Deterministic: the same N gives the
// same bytes. Texts are built from a small Indonesian word list of our own.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>

namespace {

const char* const kWords[] = {
    "vaksinasi", "gratis",     "puskesmas",   "warga",     "diimbau",    "banjir",
    "waspada",   "jalan",      "perbaikan",   "pelayanan", "KTP",        "kelurahan",
    "sekolah",   "beasiswa",   "pendaftaran", "dibuka",    "hari",       "ini",
    "besok",     "pukul",      "WIB",         "informasi", "lengkap",    "kunjungi",
    "laman",     "resmi",      "dinas",       "kesehatan", "pendidikan", "perhubungan",
    "bantuan",   "sosial",     "pasar",       "harga",     "beras",      "stabil",
    "operasi",   "pasar",      "murah",       "upacara",   "peringatan", "HUT",
    "kota",      "selamat",    "pagi",        "semangat",  "bekerja",    "sampah",
    "bank",      "lingkungan", "bersih",      "dan",       "yang",       "untuk",
    "di",        "ke",         "dari",        "dengan",    "&amp;",      "\\\"resmi\\\"",
    "🇮🇩"};
constexpr int kWordCount = sizeof(kWords) / sizeof(kWords[0]);

std::string Text(std::mt19937_64& rng, int words) {
  std::string t;
  for (int i = 0; i < words; ++i) {
    if (i > 0) t.push_back(' ');
    t += kWords[rng() % kWordCount];
  }
  return t;
}

std::string User(uint64_t id) {
  char buf[512];
  std::snprintf(
      buf, sizeof buf,
      "{\"id\":\"%llu\",\"username\":\"dinas_%llu\",\"name\":\"Dinas Nomor %llu\","
      "\"created_at\":\"2012-05-01T00:00:00.000Z\",\"verified\":false,\"protected\":false,"
      "\"public_metrics\":{\"followers_count\":%llu,\"following_count\":120,"
      "\"tweet_count\":5400,\"listed_count\":12}}",
      static_cast<unsigned long long>(id), static_cast<unsigned long long>(id % 1000),
      static_cast<unsigned long long>(id % 1000),
      static_cast<unsigned long long>(id * 37 % 100000));
  return buf;
}

std::string Tweet(std::mt19937_64& rng, uint64_t n, bool inline_refs) {
  uint64_t id = 1400000000000000000ULL + n * 7;
  uint64_t author = 100000 + rng() % 1000;
  int kind = static_cast<int>(rng() % 10);  // 0-5 original, 6-7 retweet, 8 quote, 9 reply
  std::string text = Text(rng, 12 + static_cast<int>(rng() % 20));
  char head[1024];
  long long t = 1609459200 + static_cast<long long>(n % 60000000);
  std::snprintf(head, sizeof head,
                "{\"id\":\"%llu\",\"conversation_id\":\"%llu\",\"author_id\":\"%llu\","
                "\"created_at\":\"2021-%02d-%02dT%02d:%02d:%02d.000Z\",\"lang\":\"in\","
                "\"source\":\"Twitter Web App\",\"reply_settings\":\"everyone\","
                "\"possibly_sensitive\":false,",
                static_cast<unsigned long long>(id), static_cast<unsigned long long>(id),
                static_cast<unsigned long long>(author), static_cast<int>(1 + n % 12),
                static_cast<int>(1 + n % 28), static_cast<int>(t / 3600 % 24),
                static_cast<int>(t / 60 % 60), static_cast<int>(t % 60));
  std::string s = head;
  std::string ref_json;
  if (kind >= 6) {
    const char* type = kind <= 7 ? "retweeted" : kind == 8 ? "quoted" : "replied_to";
    uint64_t ref = id - 3;
    ref_json = "\"referenced_tweets\":[{\"type\":\"" + std::string(type) + "\",\"id\":\"" +
               std::to_string(ref) + "\"";
    if (inline_refs) {
      ref_json += ",\"text\":\"" + Text(rng, 25) + "\",\"author_id\":\"" +
                  std::to_string(author + 1) + "\",\"author\":" + User(author + 1);
    }
    ref_json += "}],";
    if (kind <= 7)
      text = "RT @dinas_" + std::to_string((author + 1) % 1000) + ": " +
             text.substr(0, text.rfind(' ', 100)) + "\u2026";
  }
  s += ref_json;
  s += "\"text\":\"" + text + " #Info" + std::to_string(n % 50) + " https://t.co/x" +
       std::to_string(n % 977) + "\",";
  s += "\"entities\":{\"hashtags\":[{\"start\":10,\"end\":16,\"tag\":\"Info" +
       std::to_string(n % 50) + "\"}],\"mentions\":[{\"start\":0,\"end\":10,\"username\":\"warga_" +
       std::to_string(n % 300) + "\",\"id\":\"" + std::to_string(500000 + n % 300) +
       "\"}],\"urls\":[{\"start\":20,\"end\":43,\"url\":\"https://t.co/x" +
       std::to_string(n % 977) + "\",\"expanded_url\":\"https://example.go.id/info/" +
       std::to_string(n % 977) + "\",\"display_url\":\"example.go.id/info/" +
       std::to_string(n % 977) + "\"}]},";
  char metrics[256];
  std::snprintf(metrics, sizeof metrics,
                "\"public_metrics\":{\"retweet_count\":%d,\"reply_count\":%d,\"like_count\":%d,"
                "\"quote_count\":%d,\"impression_count\":%d}",
                static_cast<int>(rng() % 50), static_cast<int>(rng() % 10),
                static_cast<int>(rng() % 300), static_cast<int>(rng() % 5),
                static_cast<int>(rng() % 20000));
  s += metrics;
  if (inline_refs) {
    s += ",\"author\":" + User(author) +
         ",\"__twarc\":{\"url\":\"https://api.twitter.com/2/tweets/search/all\","
         "\"version\":\"2.0.8\",\"retrieved_at\":\"2023-01-01T00:00:00+00:00\"}";
  }
  s += "}";
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: corpora_bench_generate N [--pages] > out.jsonl\n");
    return 64;
  }
  long long n = std::atoll(argv[1]);
  bool pages = argc > 2 && std::strcmp(argv[2], "--pages") == 0;
  std::mt19937_64 rng(20240601);
  std::string out;
  for (long long i = 0; i < n;) {
    if (pages) {
      out += "{\"data\":[";
      std::string users;
      for (int k = 0; k < 100 && i < n; ++k, ++i) {
        if (k > 0) out.push_back(',');
        out += Tweet(rng, static_cast<uint64_t>(i), false);
        if (k < 20) users += (k > 0 ? "," : "") + User(100000 + static_cast<uint64_t>(k));
      }
      out += "],\"includes\":{\"users\":[" + users +
             "]},\"meta\":{\"result_count\":100},\"__twarc\":{\"url\":\"https://api.twitter.com/"
             "2/tweets/search/all\",\"version\":\"2.0.8\",\"retrieved_at\":\"2023-01-01T00:00:"
             "00+00:00\"}}\n";
    } else {
      out += Tweet(rng, static_cast<uint64_t>(i), true);
      out.push_back('\n');
      ++i;
    }
    if (out.size() > (1u << 22)) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
