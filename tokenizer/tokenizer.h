#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tokenizer/token.h"
#include "tokenizer/tokenizer_options.h"

namespace liputan {

// What tokenizing a line noticed, for callers that count problems (`liputan tokenize` reports it).
struct TokenizeStats {
  size_t invalid_utf8 = 0;  // invalid UTF-8 sequences (or escapes) replaced by U+FFFD
};

// The Indonesian tweet tokenizer: normalise → entities → words → Indonesian normalisation →
// optional clitic splitting, stopword removal and stemming. Construction loads the lexicons;
// Tokenize is const and safe to call from many threads at once.
class Tokenizer {
 public:
  // Throws liputan::Error: kUsage for contradictory options (preserve with a normalising stage),
  // kNoInput when the root word list is missing.
  explicit Tokenizer(const TokenizerOptions& options = {});
  ~Tokenizer();
  Tokenizer(Tokenizer&&) noexcept;
  Tokenizer& operator=(Tokenizer&&) noexcept;

  // Under InvalidUtf8Policy::kReject, invalid UTF-8 throws liputan::Error (kData) saying at which
  // byte; the caller adds the file and line.
  std::vector<Token> Tokenize(std::string_view line, TokenizeStats* stats = nullptr) const;
  // The tokens' texts joined by single spaces, appended to `out` (the fast path for classify).
  void TokenizeToString(std::string_view line, std::string& out,
                        TokenizeStats* stats = nullptr) const;
  // A human-readable trace of every stage for one line (`liputan tokenize --format explain`).
  std::string Explain(std::string_view line) const;

  const TokenizerOptions& options() const;
  // Name → hash of each lexicon in use, for model manifests (a mismatch at load is an error).
  std::map<std::string, std::string> LexiconHashes() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace liputan
