#include "samples/sample_generator.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>

#include "common/atomic_output_file.h"
#include "common/civil_date.h"
#include "common/error.h"
#include "corpora/seed/seed_corpus.h"
#include "samples/agency_profiles.h"
#include "samples/content_pool.h"
#include "samples/sample_agencies.h"
#include "samples/sample_rng.h"
#include "samples/tweet_text.h"

namespace liputan::samples {
namespace {

using Json = nlohmann::ordered_json;

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

}  // namespace liputan::samples

namespace liputan {

namespace samples_internal {
// Defined in the generated embedded_samples.cc (samples/CMakeLists.txt copies the files in), so
// that `liputan samples` needs no source tree.
extern const std::string_view kSeedCorpusTsv;
extern const std::string_view kPoolTsv;
extern const std::string_view kAgenciesCsv;
}  // namespace samples_internal

int SampleArchive::total_posts() const {
  int total = 0;
  for (const auto& s : stats) total += s.total();
  return total;
}

namespace {

// The rows of a seed-format file the user named, or of the embedded default `name`.
std::vector<SeedExample> SeedRows(const std::string& path, std::string_view embedded,
                                  const char* name) {
  if (!path.empty()) return ReadSeedCorpus(path);
  return ParseSeedCorpus(std::string(embedded), std::string("<embedded>/") + name);
}

}  // namespace

SampleArchive GenerateSamples(const SampleOptions& options) {
  const std::string agencies_path =
      options.agencies.empty() ? "<embedded>/agencies.csv" : options.agencies;
  const std::string registry = options.agencies.empty()
                                   ? std::string(samples_internal::kAgenciesCsv)
                                   : samples::ReadFile(options.agencies, "agency registry");
  auto agencies = samples::ParseAgencies(registry, agencies_path);
  std::vector<SeedExample> rows;
  for (auto& ex : SeedRows(options.seed_corpus, samples_internal::kSeedCorpusTsv, "seed.tsv")) {
    if (ex.split == "test") rows.push_back(std::move(ex));  // never the training split
  }
  for (auto& ex : SeedRows(options.pool, samples_internal::kPoolTsv, "pool.tsv")) {
    if (!ex.split.empty()) {
      throw Error(ErrorCode::kData, "the pool must not carry a split column",
                  options.pool.empty() ? "<embedded>/pool.tsv" : options.pool);
    }
    rows.push_back(std::move(ex));
  }
  samples::Generator generator(options, std::move(agencies), std::move(rows));
  SampleArchive archive = generator.Run();
  archive.files["agencies.csv"] = registry;
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
