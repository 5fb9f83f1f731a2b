#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "liputan/export.h"

// The Indonesian tweet tokenizer (docs/tokenizer.md). The library's own tokenizer/ headers include
// this one: the types here are the ones the library uses, not copies.
namespace liputan {

enum class TokenType {
  kWord,
  kNumber,    // 1.000.000, 3,5, 3,5%
  kMoney,     // never emitted alone: "Rp5.000" gives kCurrency "rp" then kNumber
  kCurrency,  // the "rp" of a money amount
  kTime,      // 08.00, 08:00 (before WIB/WITA/WIT)
  kDate,      // 10/09/2021, 10-09-2021
  kPhone,     // 0812-3456-7890, (0285) 123456, +62 812 ...
  kUrl,
  kEmail,
  kMention,       // @KominfoPemalang
  kHashtag,       // #PemalangHebat
  kEmoji,         // one grapheme cluster
  kEmoticon,      // :) <3 ^_^
  kAbbreviation,  // dll. Jl. Kab.
  kPunctuation,
  kOther,
};

// Stable lowercase name ("word", "url", ...) used in JSONL output and manifests.
LIPUTAN_API std::string_view TokenTypeName(TokenType type);

struct Token {
  std::string text;  // the token as output (normalised unless --preserve)
  TokenType type = TokenType::kWord;
  size_t begin = 0;  // byte offsets into the original input line: [begin, end)
  size_t end = 0;
};

enum class InvalidUtf8Policy { kReplace, kReject };

// Every setting of the tokenizer. Model bundles store these (ToJson) so training and prediction
// tokenize identically; defaults are stated here and nowhere else.
struct LIPUTAN_API TokenizerOptions {
  bool preserve = false;        // segmentation only: keep case, punctuation, URLs, spelling
  bool split_clitics = false;   // ku-/kau-, -ku/-mu/-nya, -lah/-kah/-tah/-pun as separate tokens
  bool drop_stopwords = false;  // remove words of tokenizer/lexicons/stopwords.id.txt
  bool stem = false;            // replace words by their root (tokenizer/stemmer)
  bool drop_punctuation = false;
  InvalidUtf8Policy invalid_utf8 = InvalidUtf8Policy::kReplace;

  // Canonical JSON object with every field, keys sorted; FromJson rejects unknown keys and bad
  // values with liputan::Error (ErrorCode::kData).
  std::string ToJson() const;
  static TokenizerOptions FromJson(const std::string& json);
  bool operator==(const TokenizerOptions&) const = default;
};

// What tokenizing a line noticed, for callers that count problems (`liputan tokenize` reports it).
struct TokenizeStats {
  size_t invalid_utf8 = 0;  // invalid UTF-8 sequences (or escapes) replaced by U+FFFD
};

// The Indonesian tweet tokenizer: normalise → entities → words → Indonesian normalisation →
// optional clitic splitting, stopword removal and stemming. Construction loads the lexicons;
// Tokenize is const and safe to call from many threads at once.
class LIPUTAN_API Tokenizer {
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
