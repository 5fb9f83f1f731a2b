#pragma once

#include <string>
#include <string_view>

#include "tokenizer/known_words.h"

namespace liputan {

// Expressive lengthening: a run of three or more of one letter is shortened to the form the
// lexicon knows, trying doubled letters before single ones ("maaaaf" → "maaf", "saaaat" →
// "saat"), else to one letter ("bangettt" → "banget", "sayaaaa" → "saya", "siaaap" → "siap").
// Double letters ("maaf", "taat") are never touched: only runs of three or more are.
class ElongationReducer {
 public:
  explicit ElongationReducer(const KnownWords* known) : known_(known) {}

  // Writes the shortened word to `out` and returns true when `word` has a run to shorten.
  bool Reduce(std::string_view word, std::string& out) const;

 private:
  const KnownWords* known_;
};

}  // namespace liputan
