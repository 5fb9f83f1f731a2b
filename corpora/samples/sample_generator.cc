#include "corpora/samples/sample_generator.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>

#include "common/atomic_output_file.h"
#include "common/error.h"
#include "corpora/seed/seed_corpus.h"

#ifndef LIPUTAN_DEFAULT_DATA_DIR
#define LIPUTAN_DEFAULT_DATA_DIR "."
#endif

namespace liputan {
namespace {

using Json = nlohmann::ordered_json;

// splitmix64: tiny, portable and fully specified, unlike the std:: distributions whose output
// differs between standard libraries; same seed → same archive everywhere.
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  double Uniform() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }
  size_t Below(size_t n) { return n == 0 ? 0 : static_cast<size_t>(Next() % n); }
  double Normal() {  // Box-Muller
    const double u1 = 1.0 - Uniform(), u2 = Uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
  }
  // Index drawn with probability proportional to weights (all zero → npos).
  size_t Weighted(const std::vector<double>& weights) {
    double total = 0;
    for (double w : weights) total += w;
    if (total <= 0) return std::string::npos;
    double x = Uniform() * total;
    for (size_t i = 0; i < weights.size(); ++i) {
      if ((x -= weights[i]) < 0) return i;
    }
    return weights.size() - 1;
  }

 private:
  uint64_t state_;
};

// How one agency of the registry posts. Written for the demo so that the report has something to
// find: a hub (Diskominfo) that retweets everyone, a ceremonial account (Prokopim), a responsive
// service account (Disdukcapil), an emergency account with spiky engagement (BPBD), two isolated
// accounts (DLH, a kecamatan) that neither mention nor retweet anyone.
struct Profile {
  const char* handle;
  int64_t followers;
  int64_t following;
  int own_posts;       // originals + replies
  double reply_share;  // of own_posts
  int retweets;
  int quotes;
  double engagement;  // multiplier on the follower-based baseline
  bool isolated;
  std::map<std::string, double> sektor;  // weights; unlisted sectors get `other`
  double other;
  std::map<std::string, double> fungsi;  // weights; unlisted get 0.02
  const char* description;
};

const std::vector<Profile>& Profiles() {
  static const std::vector<Profile> kProfiles = {
      {"KominfoRancaweni",
       48210,
       612,
       330,
       0.12,
       170,
       15,
       1.0,
       false,
       {{"kominfo", 0.30}, {"umum", 0.15}},
       0.04,
       {{"edukasi_imbauan", 0.22},
        {"info_layanan", 0.18},
        {"kebijakan_program", 0.14},
        {"ucapan_peringatan", 0.12},
        {"lainnya", 0.10},
        {"promosi_daerah", 0.09},
        {"kegiatan_pimpinan", 0.08},
        {"darurat_bencana", 0.05}},
       "Akun resmi Dinas Komunikasi dan Informatika Kabupaten Rancaweni. Info publik, layanan, dan "
       "klarifikasi hoaks."},
      {"ProkopimRcw",
       31540,
       205,
       300,
       0.02,
       30,
       5,
       0.8,
       false,
       {{"umum", 0.35}, {"pemerintahan", 0.20}},
       0.03,
       {{"kegiatan_pimpinan", 0.62}, {"ucapan_peringatan", 0.28}, {"kebijakan_program", 0.06}},
       "Bagian Protokol dan Komunikasi Pimpinan Setda Kabupaten Rancaweni. Kegiatan Bupati dan "
       "Wakil Bupati."},
      {"DinkesRancaweni",
       22870,
       340,
       250,
       0.15,
       25,
       0,
       1.1,
       false,
       {{"kesehatan", 0.75}, {"umum", 0.08}},
       0.012,
       {{"edukasi_imbauan", 0.25},
        {"info_layanan", 0.25},
        {"kebijakan_program", 0.12},
        {"darurat_bencana", 0.08},
        {"ucapan_peringatan", 0.10},
        {"kegiatan_pimpinan", 0.10},
        {"promosi_daerah", 0.05},
        {"lainnya", 0.05}},
       "Dinas Kesehatan Kabupaten Rancaweni. #RancaweniSehat"},
      {"DisdukcapilRcw",
       19420,
       150,
       210,
       0.30,
       12,
       0,
       0.9,
       false,
       {{"adminduk", 0.80}, {"umum", 0.06}},
       0.01,
       {{"info_layanan", 0.45},
        {"edukasi_imbauan", 0.15},
        {"kebijakan_program", 0.12},
        {"ucapan_peringatan", 0.08},
        {"darurat_bencana", 0.05},
        {"kegiatan_pimpinan", 0.05},
        {"lainnya", 0.05}},
       "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Rancaweni. Layanan adminduk gratis, "
       "tanpa calo."},
      {"BPBDRancaweni",
       27960,
       280,
       220,
       0.10,
       35,
       0,
       1.3,
       false,
       {{"ketertiban_bencana", 0.75}, {"umum", 0.05}},
       0.015,
       {{"darurat_bencana", 0.45},
        {"edukasi_imbauan", 0.20},
        {"kegiatan_pimpinan", 0.10},
        {"info_layanan", 0.08},
        {"kebijakan_program", 0.08},
        {"ucapan_peringatan", 0.06}},
       "Badan Penanggulangan Bencana Daerah Kabupaten Rancaweni. Darurat: 112."},
      {"DisdikbudRcw",
       15630,
       190,
       200,
       0.12,
       15,
       0,
       0.9,
       false,
       {{"pendidikan", 0.65}, {"pariwisata_budaya_olahraga", 0.10}},
       0.015,
       {{"info_layanan", 0.25},
        {"kebijakan_program", 0.20},
        {"edukasi_imbauan", 0.15},
        {"kegiatan_pimpinan", 0.15},
        {"ucapan_peringatan", 0.12},
        {"promosi_daerah", 0.05}},
       "Dinas Pendidikan dan Kebudayaan Kabupaten Rancaweni."},
      {"DishubRancaweni",
       12340,
       120,
       180,
       0.15,
       15,
       0,
       1.0,
       false,
       {{"perhubungan", 0.75}},
       0.015,
       {{"darurat_bencana", 0.25},
        {"info_layanan", 0.20},
        {"edukasi_imbauan", 0.20},
        {"kebijakan_program", 0.12},
        {"kegiatan_pimpinan", 0.08},
        {"ucapan_peringatan", 0.06}},
       "Dinas Perhubungan Kabupaten Rancaweni. Info lalu lintas dan angkutan."},
      {"DLHRancaweni",
       4120,
       60,
       110,
       0.05,
       0,
       0,
       0.7,
       true,
       {{"lingkungan_hidup", 0.80}},
       0.01,
       {{"edukasi_imbauan", 0.35},
        {"info_layanan", 0.15},
        {"kebijakan_program", 0.15},
        {"kegiatan_pimpinan", 0.10},
        {"ucapan_peringatan", 0.10}},
       "Dinas Lingkungan Hidup Kabupaten Rancaweni."},
      {"KecWatugede",
       830,
       45,
       60,
       0.0,
       0,
       0,
       0.6,
       true,
       {{"pemerintahan", 0.30}, {"umum", 0.30}, {"desa", 0.20}},
       0.01,
       {{"kegiatan_pimpinan", 0.40}, {"ucapan_peringatan", 0.30}, {"info_layanan", 0.15}},
       "Akun resmi Kecamatan Watugede, Kabupaten Rancaweni."},
  };
  return kProfiles;
}

// Engagement by communicative function, relative to the account's baseline. Emergencies and
// symbolic posts draw the most reactions, leaders' activities little (Santoso et al. 2020;
// DePaula & Dincelli 2018); admin replies almost none.
double FungsiEngagement(const std::string& fungsi) {
  static const std::map<std::string, double> kLift = {
      {"darurat_bencana", 2.6}, {"ucapan_peringatan", 1.6}, {"promosi_daerah", 1.4},
      {"info_layanan", 1.1},    {"kebijakan_program", 0.9}, {"edukasi_imbauan", 0.8},
      {"lainnya", 0.7},         {"kegiatan_pimpinan", 0.5}, {"dialog_partisipasi", 0.15}};
  auto it = kLift.find(fungsi);
  return it == kLift.end() ? 1.0 : it->second;
}

struct Agency {
  std::string handle, name, type, urusan, parent;
  const Profile* profile = nullptr;
  std::string user_id;
};

struct Tweet {
  std::string id;
  std::string author;  // handle
  int64_t time = 0;    // unix seconds
  std::string kind;    // original, reply, retweet, quote
  std::string text;    // before HTML escaping and t.co rewriting
  std::string sektor, fungsi;
  std::string ref_id;      // replied-to / retweeted / quoted tweet id
  std::string ref_author;  // its author handle
  int64_t likes = 0, retweets = 0, replies = 0, quotes = 0;
};

std::string ReadFile(const std::string& path, const char* what) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::kNoInput, std::string("cannot open ") + what, path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<Agency> ReadAgencies(const std::string& path) {
  std::istringstream in(ReadFile(path, "agency registry"));
  std::string line;
  std::vector<Agency> agencies;
  long long line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line_no == 1) {
      if (line != "handle,name,type,urusan,parent") {
        throw Error(ErrorCode::kData, "header must be handle,name,type,urusan,parent",
                    LineLocation(path, 1));
      }
      continue;
    }
    if (line.empty()) continue;
    std::vector<std::string> cells;
    std::istringstream row(line);
    for (std::string cell; std::getline(row, cell, ',');) cells.push_back(cell);
    if (cells.size() != 5 || cells[0].empty()) {
      throw Error(ErrorCode::kData, "expected 5 comma-separated cells with a handle",
                  LineLocation(path, line_no));
    }
    Agency a{cells[0], cells[1], cells[2], cells[3], cells[4], nullptr, ""};
    for (const auto& p : Profiles()) {
      if (a.handle == p.handle) a.profile = &p;
    }
    if (!a.profile) {
      throw Error(ErrorCode::kUsage, "no generation profile for agency \"" + a.handle + "\"",
                  LineLocation(path, line_no));
    }
    agencies.push_back(std::move(a));
  }
  return agencies;
}

// Days since 1970-01-01 of a civil date (H. Hinnant's algorithm), and back.
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

std::string IsoTime(int64_t t) {
  const int64_t days = (t >= 0 ? t : t - 86399) / 86400;
  const int64_t secs = t - days * 86400;
  const int64_t z = days + 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  const int64_t y = static_cast<int64_t>(yoe) + era * 400 + (m <= 2);
  char buf[96];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02lld:%02lld:%02lld.000Z",
                static_cast<long long>(y), m, d, static_cast<long long>(secs / 3600),
                static_cast<long long>(secs / 60 % 60), static_cast<long long>(secs % 60));
  return buf;
}

int64_t ParseStart(const std::string& text) {
  unsigned y = 0, m = 0, d = 0;
  char extra = 0;
  if (std::sscanf(text.c_str(), "%4u-%2u-%2u%c", &y, &m, &d, &extra) != 3 || m < 1 || m > 12 ||
      d < 1 || d > 31 || y < 2006) {
    throw Error(ErrorCode::kUsage,
                "start must be a date YYYY-MM-DD from 2006 on, not \"" + text + "\"");
  }
  return DaysFromCivil(y, m, d) * 86400;
}

// Tweet ids follow Twitter's snowflake layout (ms since 2010-11-04 << 22 | sequence), so they grow
// with time like real ones.
std::string SnowflakeId(int64_t time, uint64_t sequence) {
  const uint64_t ms = static_cast<uint64_t>(time) * 1000 + sequence % 1000 - 1288834974657ULL;
  return std::to_string((ms << 22) | (sequence & 0x3FFFFF));
}

std::string UserId(const std::string& handle) {  // stable, 18 digits, from an FNV-1a hash
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : handle) h = (h ^ c) * 1099511628211ULL;
  return std::to_string(100000000000000000ULL + h % 900000000000000000ULL);
}

}  // namespace

namespace {

bool StartsWith(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

// The handles "@x" in a text, in order.
std::vector<std::string> Mentions(const std::string& text) {
  std::vector<std::string> handles;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '@' ||
        (i > 0 && (std::isalnum(static_cast<unsigned char>(text[i - 1])) || text[i - 1] == '_'))) {
      continue;
    }
    size_t j = i + 1;
    while (j < text.size() &&
           (std::isalnum(static_cast<unsigned char>(text[j])) || text[j] == '_')) {
      ++j;
    }
    if (j > i + 1) handles.push_back(text.substr(i + 1, j - i - 1));
    i = j - 1;
  }
  return handles;
}

// The content a generator run may use: test-split and pool rows, grouped by (sektor, fungsi) and
// by voice and form, each group shuffled once so draws without replacement are reproducible.
class ContentPool {
 public:
  ContentPool(std::vector<SeedExample> rows, const std::set<std::string>& isolated, Rng& rng) {
    for (auto& row : rows) {
      if (row.voice == "citizen") {
        citizen_.push_back(std::move(row));
        continue;
      }
      if (StartsWith(row.text, "RT @")) continue;  // retweets are made structurally instead
      const bool reply = StartsWith(row.text, "@");
      const auto mentions = Mentions(row.text);
      bool touches_isolated = false, mentions_other = false;
      for (size_t i = 0; i < mentions.size(); ++i) {
        if (reply && i == 0) continue;  // the citizen addressed
        mentions_other = true;
        touches_isolated = touches_isolated || isolated.count(mentions[i]) > 0;
      }
      if (touches_isolated) continue;  // keep isolated agencies isolated
      const std::string key = row.sektor + "/" + row.fungsi;
      auto& bucket = (reply ? replies_ : originals_)[key];
      (mentions_other ? bucket.with_mentions : bucket.plain).push_back(std::move(row));
    }
    for (auto* groups : {&originals_, &replies_}) {
      for (auto& [key, bucket] : *groups) {
        Shuffle(bucket.plain, rng);
        Shuffle(bucket.with_mentions, rng);
      }
    }
    Shuffle(citizen_, rng);
  }

  // Draws a row for an agency with the given weights; nullopt when nothing suitable is left.
  std::optional<SeedExample> Draw(const Profile& p, bool reply, Rng& rng) {
    auto& groups = reply ? replies_ : originals_;
    std::vector<std::string> keys;
    std::vector<double> weights;
    for (auto& [key, bucket] : groups) {
      if (bucket.Available(p.isolated) == 0) continue;
      const std::string sektor = key.substr(0, key.find('/'));
      const std::string fungsi = key.substr(key.find('/') + 1);
      auto s = p.sektor.find(sektor);
      auto f = p.fungsi.find(fungsi);
      const double ws = s == p.sektor.end() ? p.other : s->second;
      const double wf = reply ? 1.0 : (f == p.fungsi.end() ? 0.02 : f->second);
      keys.push_back(key);
      weights.push_back(ws * wf);
    }
    const size_t pick = rng.Weighted(weights);
    if (pick == std::string::npos) return std::nullopt;
    return groups[keys[pick]].Take(p.isolated);
  }

  const SeedExample& Citizen(size_t i) const { return citizen_[i % citizen_.size()]; }
  bool HasCitizens() const { return !citizen_.empty(); }

 private:
  struct Bucket {
    std::vector<SeedExample> plain, with_mentions;
    size_t Available(bool isolated) const {
      return plain.size() + (isolated ? 0 : with_mentions.size());
    }
    SeedExample Take(bool isolated) {
      auto& from = (!isolated && !with_mentions.empty() &&
                    (plain.empty() || with_mentions.size() * 3 >= plain.size()))
                       ? with_mentions
                       : plain;
      SeedExample row = std::move(from.back());
      from.pop_back();
      return row;
    }
  };
  template <typename T>
  static void Shuffle(std::vector<T>& v, Rng& rng) {  // Fisher-Yates with our own generator
    for (size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[rng.Below(i)]);
  }
  std::map<std::string, Bucket> originals_, replies_;
  std::vector<SeedExample> citizen_;
};

// A posting time inside the period: most posts in office hours and the evening (WIB = UTC+7),
// emergencies at any hour and more often in the rainy months (November to March).
int64_t PostTime(int64_t start, int64_t span, const std::string& fungsi, Rng& rng) {
  int64_t day = static_cast<int64_t>(rng.Below(static_cast<size_t>(span / 86400)));
  if (fungsi == "darurat_bencana" && rng.Uniform() < 0.6) {
    for (int tries = 0; tries < 20; ++tries) {
      const int64_t month = (day * 12 / 365 + (start / 86400 / 30)) % 12;  // rough calendar month
      if (month >= 10 || month <= 2) break;
      day = static_cast<int64_t>(rng.Below(static_cast<size_t>(span / 86400)));
    }
  }
  static const std::vector<double> kHourWeights = {// WIB hours 0..23
                                                   0.1, 0.05, 0.05, 0.05, 0.2, 0.5, 1.0, 2.5,
                                                   3.0, 3.0,  2.5,  2.0,  1.5, 2.0, 2.0, 1.8,
                                                   1.5, 1.0,  1.0,  2.0,  2.2, 1.2, 0.5, 0.2};
  int64_t hour = static_cast<int64_t>(rng.Weighted(kHourWeights));
  if (fungsi == "darurat_bencana" && rng.Uniform() < 0.3)
    hour = static_cast<int64_t>(rng.Below(24));
  const int64_t second = static_cast<int64_t>(rng.Below(3600));
  const int64_t t = start + day * 86400 + (hour - 7) * 3600 + second;
  return t < start ? t + 86400 : t;  // early-morning WIB posts of the first day stay inside
}

// Heavy-tailed counts: log-normal around a baseline set by followers, agency and function, so
// most posts get a few likes, some none, and a handful go viral.
void Engage(Tweet& t, const Profile& p, Rng& rng) {
  const double base =
      static_cast<double>(p.followers) / 2500.0 * p.engagement * FungsiEngagement(t.fungsi);
  const double likes = std::exp(std::log(base + 0.3) + 1.15 * rng.Normal()) - 0.6;
  t.likes = std::max<int64_t>(0, static_cast<int64_t>(std::floor(likes)));
  const double rt_share = (t.fungsi == "darurat_bencana" ? 0.45 : 0.15) * rng.Uniform();
  t.retweets = static_cast<int64_t>(
      std::floor(static_cast<double>(t.likes) * rt_share + rng.Uniform() * 0.7));
  const double reply_share = (t.fungsi == "dialog_partisipasi" ? 0.25 : 0.08) * rng.Uniform();
  t.replies = static_cast<int64_t>(
      std::floor(static_cast<double>(t.likes) * reply_share + rng.Uniform() * 0.5));
  t.quotes =
      static_cast<int64_t>(std::floor(static_cast<double>(t.retweets) * 0.08 * rng.Uniform()));
}

}  // namespace

namespace {

struct Post {
  Tweet tweet;
  std::string conversation_id;
  bool citizen = false;  // a citizen's tweet, present only in includes
};

class Generator {
 public:
  Generator(const SampleOptions& options, std::vector<Agency> agencies,
            std::vector<SeedExample> rows)
      : options_(options), agencies_(std::move(agencies)), rng_(options.seed) {
    start_ = ParseStart(options.start);
    if (options.months < 1 || options.months > 120) {
      throw Error(ErrorCode::kUsage, "months must be 1..120");
    }
    span_ = static_cast<int64_t>(options.months * 30.44 * 86400);
    std::set<std::string> isolated;
    for (auto& a : agencies_) {
      a.user_id = UserId(a.handle);
      if (a.profile->isolated) isolated.insert(a.handle);
    }
    content_ = std::make_unique<ContentPool>(std::move(rows), isolated, rng_);
  }

  SampleArchive Run() {
    MakeOwnPosts();
    for (const auto& a : agencies_) MakeQuotes(a);
    for (const auto& a : agencies_) MakeRetweets(a);
    SampleArchive archive;
    for (const auto& a : agencies_) {
      archive.files[a.handle + ".jsonl"] = RenderArchive(a);
      archive.stats.push_back(Stats(a));
    }
    archive.files["truth.csv"] = RenderTruth();
    return archive;
  }

 private:
  size_t Add(Tweet t, bool citizen = false, std::string conversation = "") {
    t.id = SnowflakeId(t.time, counter_++);
    if (conversation.empty()) conversation = t.id;
    posts_.push_back({std::move(t), std::move(conversation), citizen});
    return posts_.size() - 1;
  }

  // Replies first (their rows are scarcest), then originals; agencies take turns so that none
  // drains a shared bucket of content before the others get their share.
  void MakeOwnPosts() {
    for (const bool reply : {true, false}) {
      std::vector<int> left;
      for (const auto& a : agencies_) {
        const Profile& p = *a.profile;
        const int replies = static_cast<int>(std::lround(p.own_posts * p.reply_share));
        left.push_back(reply ? replies : p.own_posts - replies);
      }
      for (bool any = true; any;) {
        any = false;
        for (size_t i = 0; i < agencies_.size(); ++i) {
          if (left[i] == 0) continue;
          --left[i];
          any = true;
          MakeOwnPost(agencies_[i], reply);
        }
      }
    }
  }

  void MakeOwnPost(const Agency& a, bool want_reply) {
    const Profile& p = *a.profile;
    want_reply = want_reply && content_->HasCitizens();
    auto row = content_->Draw(p, want_reply, rng_);
    const bool reply = want_reply && row.has_value();
    if (!row) row = content_->Draw(p, false, rng_);
    if (!row) return;  // content exhausted: fewer posts, still all honest
    Tweet t;
    t.author = a.handle;
    t.sektor = row->sektor;
    t.fungsi = row->fungsi;
    t.text = row->text;
    t.time = PostTime(start_, span_, t.fungsi, rng_);
    Engage(t, p, rng_);
    if (reply) {
      AddReply(a, std::move(t));
    } else {
      t.kind = "original";
      Add(std::move(t));
    }
  }

  // A reply to a citizen: the citizen's tweet (a citizen-voice row addressed to this agency)
  // comes first, the agency's answer follows after a delay that depends on how responsive the
  // account is.
  void AddReply(const Agency& a, Tweet t) {
    const auto mentions = Mentions(t.text);
    const std::string citizen = mentions.empty() ? "warga_rcw" : mentions[0];
    Tweet asked;
    asked.author = citizen;
    asked.kind = "original";
    asked.text = CitizenText(content_->Citizen(citizen_next_++).text, a.handle);
    const double median_minutes = a.profile->reply_share >= 0.2 ? 45.0 : 300.0;
    const int64_t delay =
        static_cast<int64_t>(60.0 * median_minutes * std::exp(0.9 * rng_.Normal())) + 60;
    asked.time = std::max(start_, t.time - delay);
    asked.likes = static_cast<int64_t>(rng_.Below(4));
    const size_t asked_index = Add(std::move(asked), true);
    t.kind = "reply";
    t.ref_id = posts_[asked_index].tweet.id;
    t.ref_author = citizen;
    t.time = std::max(t.time, posts_[asked_index].tweet.time + 60);
    Add(std::move(t), false, posts_[asked_index].tweet.id);
  }

  // The citizen row names some agency; make it the one that answers.
  static std::string CitizenText(const std::string& text, const std::string& agency) {
    if (StartsWith(text, "@")) {
      const size_t end = text.find(' ');
      return "@" + agency + (end == std::string::npos ? "" : text.substr(end));
    }
    const auto mentions = Mentions(text);
    if (!mentions.empty()) {
      std::string out = text;
      const size_t at = out.find("@" + mentions.back());
      return out.replace(at, mentions.back().size() + 1, "@" + agency);
    }
    return text + " @" + agency;
  }

  std::vector<size_t> OriginalsOf(const std::string& handle) const {
    std::vector<size_t> out;
    for (size_t i = 0; i < posts_.size(); ++i) {
      if (!posts_[i].citizen && posts_[i].tweet.author == handle &&
          posts_[i].tweet.kind == "original") {
        out.push_back(i);
      }
    }
    return out;
  }

  // Whose posts an agency passes on: the hub amplifies everyone; the others mostly the hub and
  // the Bupati's office (Wukich & Mergel 2016: agencies reuse trusted government sources).
  size_t PickSource(const Agency& a, std::vector<std::string>& handles) {
    std::vector<double> weights;
    handles.clear();
    for (const auto& b : agencies_) {
      if (b.handle == a.handle || b.profile->isolated) continue;
      handles.push_back(b.handle);
      double w = 1.0;
      if (a.handle != "KominfoRancaweni") {
        w = b.handle == "KominfoRancaweni" ? 5.0 : b.handle == "ProkopimRcw" ? 3.0 : 0.4;
      }
      weights.push_back(w);
    }
    return rng_.Weighted(weights);
  }

  size_t PickTweet(const std::vector<size_t>& candidates) {
    std::vector<double> weights;
    for (size_t i : candidates) {
      const auto& f = posts_[i].tweet.fungsi;
      weights.push_back(f == "darurat_bencana" ? 3.0 : f == "ucapan_peringatan" ? 1.5 : 1.0);
    }
    const size_t k = rng_.Weighted(weights);
    return k == std::string::npos ? k : candidates[k];
  }

  void MakeRetweets(const Agency& a) {
    std::set<size_t> done;
    std::vector<std::string> handles;
    for (int i = 0, tries = 0; i < a.profile->retweets && tries < a.profile->retweets * 10;
         ++tries) {
      const size_t s = PickSource(a, handles);
      if (s == std::string::npos) return;
      const size_t src = PickTweet(OriginalsOf(handles[s]));
      if (src == std::string::npos || !done.insert(src).second) continue;
      Tweet rt;
      rt.author = a.handle;
      rt.kind = "retweet";
      rt.time = posts_[src].tweet.time + 120 + static_cast<int64_t>(7200 * std::exp(rng_.Normal()));
      if (rt.time >= start_ + span_) continue;
      rt.sektor = posts_[src].tweet.sektor;
      rt.fungsi = posts_[src].tweet.fungsi;
      rt.text = posts_[src].tweet.text;
      rt.ref_id = posts_[src].tweet.id;
      rt.ref_author = posts_[src].tweet.author;
      posts_[src].tweet.retweets += 1;           // the source counts the retweet it got
      rt.retweets = posts_[src].tweet.retweets;  // the API reports the original's count on an RT
      Add(std::move(rt));
      ++i;
    }
  }

  void MakeQuotes(const Agency& a) {
    std::vector<std::string> handles;
    for (int i = 0; i < a.profile->quotes; ++i) {
      const size_t s = PickSource(a, handles);
      if (s == std::string::npos) return;
      const size_t src = PickTweet(OriginalsOf(handles[s]));
      auto row = content_->Draw(*a.profile, false, rng_);
      if (src == std::string::npos || !row) return;
      Tweet q;
      q.author = a.handle;
      q.kind = "quote";
      q.sektor = row->sektor;
      q.fungsi = row->fungsi;
      q.text = row->text;
      q.time = posts_[src].tweet.time + 600 + static_cast<int64_t>(rng_.Below(86400));
      if (q.time >= start_ + span_) q.time = start_ + span_ - 1;
      q.ref_id = posts_[src].tweet.id;
      q.ref_author = posts_[src].tweet.author;
      Engage(q, *a.profile, rng_);
      posts_[src].tweet.quotes += 1;
      Add(std::move(q));
    }
  }

  AgencySampleStats Stats(const Agency& a) const {
    AgencySampleStats s;
    s.handle = a.handle;
    s.followers = a.profile->followers;
    for (const auto& post : posts_) {
      if (post.citizen || post.tweet.author != a.handle) continue;
      const auto& k = post.tweet.kind;
      (k == "original"  ? s.originals
       : k == "reply"   ? s.replies
       : k == "retweet" ? s.retweets
                        : s.quotes)++;
    }
    return s;
  }

  std::string RenderArchive(const Agency& a);
  std::string RenderTruth() const;
  Json RenderTweet(const Post& post, std::vector<std::string>& users_seen);
  Json RenderUser(const std::string& handle) const;
  std::string FinalText(const Post& post);

  const SampleOptions& options_;
  std::vector<Agency> agencies_;
  Rng rng_;
  int64_t start_ = 0, span_ = 0;
  std::unique_ptr<ContentPool> content_;
  std::vector<Post> posts_;
  uint64_t counter_ = 0;
  size_t citizen_next_ = 0;
  std::map<std::string, std::string> final_text_;  // tweet id → rendered text (t.co, escaped)
  std::map<std::string, std::vector<Json>> url_entities_;  // tweet id → its urls before offsets
};

}  // namespace

namespace {

bool IsUrlStart(const std::string& token) {
  return StartsWith(token, "http://") || StartsWith(token, "https://") ||
         StartsWith(token, "s.id/") || StartsWith(token, "bit.ly/") ||
         StartsWith(token, "rancawenikab.go.id");
}

std::string HtmlEscape(const std::string& text) {  // the v2 API escapes these three in "text"
  std::string out;
  for (char c : text) {
    if (c == '&')
      out += "&amp;";
    else if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else
      out += c;
  }
  return out;
}

std::string TcoCode(const std::string& seed) {  // 10 characters, derived from the tweet id
  static const char kAlphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : seed) h = (h ^ c) * 1099511628211ULL;
  std::string code;
  for (int i = 0; i < 10; ++i) {
    code += kAlphabet[h % (sizeof kAlphabet - 1)];
    h = h / (sizeof kAlphabet - 1) + (h << 7) + 0x9E3779B97F4A7C15ULL;
  }
  return code;
}

int64_t Codepoints(const std::string& text, size_t byte_end) {
  int64_t n = 0;
  for (size_t i = 0; i < byte_end && i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
  }
  return n;
}

// Cuts to `limit` code points and adds "…", as retweet texts in v2 archives are.
std::string TruncateCodepoints(const std::string& text, int64_t limit) {
  int64_t n = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && n++ == limit) {
      return text.substr(0, i) + "\u2026";
    }
  }
  return text;
}

bool IsWordByte(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

}  // namespace

std::string Generator::FinalText(const Post& post) {
  const Tweet& t = post.tweet;
  auto cached = final_text_.find(t.id);
  if (cached != final_text_.end()) return cached->second;
  std::string out;
  std::vector<Json> urls;
  if (t.kind == "retweet") {
    const Post* src = nullptr;
    for (const auto& p : posts_) {
      if (p.tweet.id == t.ref_id) src = &p;
    }
    out = "RT @" + t.ref_author + ": " + TruncateCodepoints(FinalText(*src), 116);
    for (const auto& u : url_entities_[src->tweet.id]) {  // links that survived the cut
      if (out.find(u["url"].get<std::string>()) != std::string::npos) urls.push_back(u);
    }
  } else {
    std::istringstream words(t.text);
    int n = 0;
    for (std::string word; words >> word; ++n) {
      if (!out.empty()) out += ' ';
      if (!IsUrlStart(word)) {
        out += HtmlEscape(word);
        continue;
      }
      std::string tail;
      while (!word.empty() && std::string(".,!?)").find(word.back()) != std::string::npos) {
        tail.insert(tail.begin(), word.back());
        word.pop_back();
      }
      const std::string tco = "https://t.co/" + TcoCode(t.id + "/" + std::to_string(n));
      const std::string expanded = StartsWith(word, "http") ? word : "https://" + word;
      std::string display = expanded.substr(expanded.find("//") + 2);
      if (Codepoints(display, display.size()) > 26) display = TruncateCodepoints(display, 25);
      urls.push_back(Json{{"url", tco}, {"expanded_url", expanded}, {"display_url", display}});
      out += tco + HtmlEscape(tail);
    }
    if (t.kind == "quote") {
      const std::string tco = "https://t.co/" + TcoCode(t.id + "/quote");
      urls.push_back(
          Json{{"url", tco},
               {"expanded_url", "https://twitter.com/" + t.ref_author + "/status/" + t.ref_id},
               {"display_url", "twitter.com/" + t.ref_author + "/status/…"}});
      out += " " + tco;
    }
  }
  url_entities_[t.id] = std::move(urls);
  final_text_[t.id] = out;
  return out;
}

Json Generator::RenderUser(const std::string& handle) const {
  Json u;
  u["id"] = UserId(handle);
  u["username"] = handle;
  const Agency* agency = nullptr;
  for (const auto& a : agencies_) {
    if (a.handle == handle) agency = &a;
  }
  const std::string uid = UserId(handle);
  const int64_t hash = static_cast<int64_t>(std::stoull(uid.substr(uid.size() - 6)));
  const bool looks_official =
      handle.find("Rancaweni") != std::string::npos || handle.find("Rcw") != std::string::npos;
  u["name"] = agency ? agency->name : handle;
  u["created_at"] = IsoTime(1262304000 + (hash % 3000) * 86400);  // between 2010 and 2018
  u["description"] = agency ? agency->profile->description
                            : (looks_official ? "Akun resmi perangkat daerah Kabupaten Rancaweni."
                                              : "Warga Rancaweni.");
  u["location"] = looks_official ? "Kabupaten Rancaweni" : "Rancaweni";
  u["protected"] = false;
  u["verified"] = false;
  const int64_t followers = agency           ? agency->profile->followers
                            : looks_official ? 2000 + hash % 9000
                                             : 20 + hash % 900;
  const int64_t following = agency ? agency->profile->following : 50 + hash % 400;
  u["public_metrics"] = Json{{"followers_count", followers},
                             {"following_count", following},
                             {"tweet_count", agency ? 900 + hash % 4000 : 100 + hash % 3000},
                             {"listed_count", followers / 400}};
  return u;
}

Json Generator::RenderTweet(const Post& post, std::vector<std::string>& users_seen) {
  const Tweet& t = post.tweet;
  const std::string text = FinalText(post);
  auto see = [&](const std::string& h) {
    if (std::find(users_seen.begin(), users_seen.end(), h) == users_seen.end())
      users_seen.push_back(h);
  };
  Json j;
  j["id"] = t.id;
  j["text"] = text;
  j["author_id"] = UserId(t.author);
  j["conversation_id"] = post.conversation_id;
  j["created_at"] = IsoTime(t.time);
  j["lang"] = "in";
  j["source"] = post.citizen ? "Twitter for Android" : "Twitter Web App";
  j["reply_settings"] = "everyone";
  j["possibly_sensitive"] = false;
  j["public_metrics"] = Json{{"retweet_count", t.retweets},
                             {"reply_count", t.kind == "retweet" ? 0 : t.replies},
                             {"like_count", t.kind == "retweet" ? 0 : t.likes},
                             {"quote_count", t.kind == "retweet" ? 0 : t.quotes}};
  Json entities = Json::object();
  Json mentions = Json::array(), hashtags = Json::array(), urls = Json::array();
  size_t url_k = 0;
  const auto& url_list = url_entities_[t.id];
  for (size_t i = 0; i < text.size(); ++i) {
    const bool boundary = i == 0 || !IsWordByte(text[i - 1]);
    if ((text[i] == '@' || text[i] == '#') && boundary) {
      size_t e = i + 1;
      while (e < text.size() && IsWordByte(text[e])) ++e;
      if (e == i + 1) continue;
      const std::string word = text.substr(i + 1, e - i - 1);
      Json ent{{"start", Codepoints(text, i)}, {"end", Codepoints(text, e)}};
      if (text[i] == '@') {
        ent["username"] = word;
        ent["id"] = UserId(word);
        mentions.push_back(std::move(ent));
        see(word);
      } else {
        ent["tag"] = word;
        hashtags.push_back(std::move(ent));
      }
      i = e - 1;
    } else if (StartsWith(text.substr(i, 13), "https://t.co/") && url_k < url_list.size() &&
               text.compare(i, url_list[url_k]["url"].get<std::string>().size(),
                            url_list[url_k]["url"].get<std::string>()) == 0) {
      const size_t e = i + url_list[url_k]["url"].get<std::string>().size();
      Json ent{{"start", Codepoints(text, i)}, {"end", Codepoints(text, e)}};
      ent.update(url_list[url_k++]);
      urls.push_back(std::move(ent));
      i = e - 1;
    }
  }
  if (!mentions.empty()) entities["mentions"] = std::move(mentions);
  if (!hashtags.empty()) entities["hashtags"] = std::move(hashtags);
  if (!urls.empty()) entities["urls"] = std::move(urls);
  if (!entities.empty()) j["entities"] = std::move(entities);
  if (!t.ref_id.empty()) {
    const char* type = t.kind == "reply"     ? "replied_to"
                       : t.kind == "retweet" ? "retweeted"
                                             : "quoted";
    j["referenced_tweets"] = Json::array({Json{{"type", type}, {"id", t.ref_id}}});
    see(t.ref_author);
    if (t.kind == "reply") j["in_reply_to_user_id"] = UserId(t.ref_author);
  }
  return j;
}

std::string Generator::RenderArchive(const Agency& a) {
  std::map<std::string, size_t> by_id;
  for (size_t i = 0; i < posts_.size(); ++i) by_id[posts_[i].tweet.id] = i;
  std::vector<size_t> own;
  for (size_t i = 0; i < posts_.size(); ++i) {
    if (!posts_[i].citizen && posts_[i].tweet.author == a.handle) own.push_back(i);
  }
  std::sort(own.begin(), own.end(), [&](size_t x, size_t y) {  // timeline order: newest first
    return posts_[x].tweet.time != posts_[y].tweet.time
               ? posts_[x].tweet.time > posts_[y].tweet.time
               : x > y;
  });
  const std::string retrieved = IsoTime(start_ + span_ + 8 * 86400);
  std::string out;
  const size_t page = static_cast<size_t>(std::max(1, options_.page_size));
  for (size_t first = 0; first < own.size(); first += page) {
    const size_t last = std::min(own.size(), first + page);
    std::vector<std::string> users{a.handle};
    Json data = Json::array(), included = Json::array();
    std::set<std::string> included_ids;
    for (size_t k = first; k < last; ++k) {
      const Post& post = posts_[own[k]];
      data.push_back(RenderTweet(post, users));
      if (!post.tweet.ref_id.empty() && included_ids.insert(post.tweet.ref_id).second) {
        included.push_back(RenderTweet(posts_[by_id.at(post.tweet.ref_id)], users));
      }
    }
    Json user_objects = Json::array();
    for (const auto& h : users) user_objects.push_back(RenderUser(h));
    Json includes{{"users", std::move(user_objects)}};
    if (!included.empty()) includes["tweets"] = std::move(included);
    Json meta{{"result_count", last - first},
              {"newest_id", posts_[own[first]].tweet.id},
              {"oldest_id", posts_[own[last - 1]].tweet.id}};
    if (last < own.size()) meta["next_token"] = TcoCode(a.handle + std::to_string(first)) + "0000";
    Json line{{"data", std::move(data)},
              {"includes", std::move(includes)},
              {"meta", std::move(meta)},
              {"__twarc", Json{{"url", "https://api.twitter.com/2/users/" + a.user_id +
                                           "/tweets?max_results=" + std::to_string(page)},
                               {"version", "2.0.8"},
                               {"retrieved_at", retrieved.substr(0, 19) + "+00:00"}}}};
    out += line.dump() + "\n";
  }
  return out;
}

std::string Generator::RenderTruth() const {
  std::string out = "id,handle,kind,sektor,fungsi\n";
  for (const auto& a : agencies_) {
    std::vector<const Post*> own;
    for (const auto& post : posts_) {
      if (!post.citizen && post.tweet.author == a.handle) own.push_back(&post);
    }
    std::sort(own.begin(), own.end(),
              [](const Post* x, const Post* y) { return x->tweet.time < y->tweet.time; });
    for (const Post* post : own) {
      const Tweet& t = post->tweet;
      out += t.id + "," + a.handle + "," + t.kind + "," + t.sektor + "," + t.fungsi + "\n";
    }
  }
  return out;
}

}  // namespace liputan

namespace liputan {

int SampleArchive::total_posts() const {
  int total = 0;
  for (const auto& s : stats) total += s.total();
  return total;
}

std::string DefaultSampleDataDir() { return LIPUTAN_DEFAULT_DATA_DIR; }

SampleArchive GenerateSamples(const SampleOptions& options) {
  const std::string dir = DefaultSampleDataDir();
  const std::string seed_path =
      options.seed_corpus.empty() ? dir + "/corpora/seed/seed.tsv" : options.seed_corpus;
  const std::string pool_path =
      options.pool.empty() ? dir + "/corpora/samples/pool.tsv" : options.pool;
  const std::string agencies_path =
      options.agencies.empty() ? dir + "/corpora/samples/agencies.csv" : options.agencies;
  auto agencies = ReadAgencies(agencies_path);
  std::vector<SeedExample> rows;
  for (auto& ex : ReadSeedCorpus(seed_path)) {
    if (ex.split == "test") rows.push_back(std::move(ex));  // never the training split
  }
  for (auto& ex : ReadSeedCorpus(pool_path)) {
    if (!ex.split.empty()) {
      throw Error(ErrorCode::kData, "the pool must not carry a split column", pool_path);
    }
    rows.push_back(std::move(ex));
  }
  Generator generator(options, std::move(agencies), std::move(rows));
  SampleArchive archive = generator.Run();
  archive.files["agencies.csv"] = ReadFile(agencies_path, "agency registry");
  return archive;
}

void WriteSampleArchive(const SampleArchive& archive, const std::string& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) throw Error(ErrorCode::kIo, "cannot create directory: " + ec.message(), dir);
  for (const auto& [name, content] : archive.files) {
    AtomicOutputFile out(dir + "/" + name);
    out.Write(content);
    out.Commit();
  }
}

}  // namespace liputan
