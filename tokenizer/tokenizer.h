#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tokenizer/token.h"
#include "tokenizer/tokenizer_options.h"

namespace liputan {

// The Indonesian tweet tokenizer: normalise → entities → words → Indonesian normalisation →
// optional clitic splitting, stopword removal and stemming. Construction loads the lexicons;
// Tokenize is const and safe to call from many threads at once.
class Tokenizer {
 public:
  explicit Tokenizer(const TokenizerOptions& options = {});
  ~Tokenizer();
  Tokenizer(Tokenizer&&) noexcept;
  Tokenizer& operator=(Tokenizer&&) noexcept;

  std::vector<Token> Tokenize(std::string_view line) const;
  // The tokens' texts joined by single spaces, appended to `out` (the fast path for classify).
  void TokenizeToString(std::string_view line, std::string& out) const;

  const TokenizerOptions& options() const;
  // Name → hash of each lexicon in use, for model manifests (a mismatch at load is an error).
  std::map<std::string, std::string> LexiconHashes() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace liputan
