#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace liputan::samples {

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

// The built-in profiles, one per agency of samples/agencies.csv.
const std::vector<Profile>& Profiles();
// The profile of `handle`, or nullptr.
const Profile* FindProfile(const std::string& handle);

// Engagement by communicative function, relative to the account's baseline (1.0 when unlisted).
double FungsiEngagement(const std::string& fungsi);

}  // namespace liputan::samples
