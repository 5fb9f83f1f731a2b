#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "models/codebook_cues.h"
#include "tokenizer/tokenizer.h"

namespace liputan {

// What a model reads besides the tokenizer's words: pseudo-tokens for what a human coder uses
// (issue 14; docs/models.md "Features"). Stored in the manifest, so prediction builds exactly the
// input that training built. All off is the plain tokenizer output.
struct FeatureOptions {
  // The codebook's cue words and phrases (corpora/taxonomy/*.tsv): each match adds
  // "cue_<set>_<label>" (twice for a strong cue, once for a weak one, as in the keyword rules).
  bool cues = false;
  // The tokenizer's entity classes: "ent_url", "ent_date", "ent_time", "ent_number", "ent_money",
  // "ent_mention", "ent_hashtag", "ent_emoji", "ent_phone", "ent_email"; a link's own text (a
  // random short-link path) is dropped, its class stays.
  bool entities = false;
  // Post metadata seen in the text: "srf_reply" (starts with @user), "srf_retweet" ("RT @"),
  // "srf_link", "srf_media" (pic.twitter.com, an Instagram link or a cross-post line), and the
  // length class "srf_short" (< 8 words) or "srf_long" (> 40 words).
  bool surface = false;

  bool Any() const { return cues || entities || surface; }
  // "cues,entities,surface" (set ones, in this order) or "none".
  std::string ToString() const;
  // The comma-separated list ToString writes; "none" or "" for none. Throws Error(kUsage) on an
  // unknown name.
  static FeatureOptions Parse(std::string_view list);
  bool operator==(const FeatureOptions&) const = default;
};

// Builds a model's input line from a post's text: the tokens joined by single spaces, then the
// feature tokens. Const and safe from many threads. The tokenizer must outlive it.
class ModelInput {
 public:
  ModelInput(const Tokenizer& tokenizer, const FeatureOptions& features);
  ~ModelInput();
  ModelInput(ModelInput&&) noexcept;
  ModelInput& operator=(ModelInput&&) noexcept;

  // Appends to `out`.
  void Build(std::string_view text, std::string& out) const;
  const FeatureOptions& features() const { return features_; }
  // Hash of the cue lists in use ("" when cues are off), for the manifest: a model trained with
  // other cues than this liputan has is refused at load.
  std::string CueHash() const;

 private:
  const Tokenizer* tokenizer_;
  FeatureOptions features_;
  std::unique_ptr<CodebookCues> cues_;
};

}  // namespace liputan
