#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tokenizer/tokenizer.h"

namespace liputan {

// One label's cue as the keyword rules weigh it.
struct CueLabel {
  std::string set;    // "sektor" or "fungsi"
  std::string label;  // its slug
  int weight = 1;     // 2 for a strong cue, 1 for a weak one
};

// The codebook's cue words and phrases (corpora/taxonomy/*.tsv, compiled in), tokenized by a
// model's own tokenizer so that a cue matches whatever that tokenizer makes of the same words
// (case, elongation, slang, stemming). They are what a human coder's keyword rules look for;
// models use them as pseudo-tokens (ModelInput) or as a second opinion on the model's
// probabilities (ModelBundle, --rule-weight). Const and safe from many threads.
class CodebookCues {
 public:
  explicit CodebookCues(const Tokenizer& tokenizer);
  ~CodebookCues();

  // Calls `found` once per cue occurrence in `words` (a tokenized text, word by word).
  void Match(const std::vector<std::string_view>& words,
             const std::function<void(const CueLabel&)>& found) const;
  // SHA-256 over every (set, label, cue, weight): the manifest keeps it so that a model is never
  // used with other cues than it was made with.
  const std::string& hash() const { return hash_; }

 private:
  struct Index;
  std::unique_ptr<Index> index_;
  std::string hash_;
};

// The words of a space-joined token string (the tokenizer's TokenizeToString output).
std::vector<std::string_view> SplitWords(std::string_view tokens);

}  // namespace liputan
