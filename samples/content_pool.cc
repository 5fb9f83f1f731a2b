#include "samples/content_pool.h"

#include "samples/tweet_text.h"

namespace liputan::samples {

ContentPool::ContentPool(std::vector<SeedExample> rows, const std::set<std::string>& isolated,
                         Rng& rng) {
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

std::optional<SeedExample> ContentPool::Draw(const Profile& p, bool reply, Rng& rng) {
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

SeedExample ContentPool::Bucket::Take(bool isolated) {
  auto& from = (!isolated && !with_mentions.empty() &&
                (plain.empty() || with_mentions.size() * 3 >= plain.size()))
                   ? with_mentions
                   : plain;
  SeedExample row = std::move(from.back());
  from.pop_back();
  return row;
}

}  // namespace liputan::samples
