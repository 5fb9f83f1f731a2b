#pragma once

#include <string>

namespace liputan {

enum class InvalidUtf8Policy { kReplace, kReject };

// Every setting of the tokenizer. Model bundles store these (ToJson) so training and prediction
// tokenize identically; defaults are stated here and nowhere else.
struct TokenizerOptions {
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

}  // namespace liputan
