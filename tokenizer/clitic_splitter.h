#pragma once

#include <string_view>
#include <vector>

#include "tokenizer/known_words.h"

namespace liputan {

class Stemmer;

// Splits clitics off a word (--split-clitics): the proclitics ku- and kau-, the possessive
// enclitics -ku, -mu, -nya and the particles -lah, -kah, -tah, -pun, in the order
// (ku|kau)? BASE (ku|mu|nya)? (lah|kah|tah|pun)? (Sneddon 2010, §1.41-1.44, §3.178):
// "rumahnya" → rumah nya, "kucoba" → ku coba, "bukunyalah" → buku nya lah. A word is split only
// when it is not itself known, not a lexicalised -nya word ("akhirnya", "semuanya"; see
// IsLexicalised) and its base is a word:
//  1. a known word (`known`), as "rumah" in "rumahnya";
//  2. else, with a stemmer, a word the stemmer derives from a root without clitics, as
//     "masakan" in "masakanmu", "menemukan" in "kumenemukannya", unless the whole word is such a
//     derivation itself ("bertanya" is ber- + "tanya", not "berta" + -nya).
// Hyphens: clitics written after one go ("nyonya-mu" → nyonya mu, "kepada-nyalah" → kepada nya
// lah); a reduplicated base keeps its hyphen ("kata-katanya" → kata-kata nya, "kupikir-pikir" → ku
// pikir-pikir).
class CliticSplitter {
 public:
  // `stemmer` may be null: then only known bases count (step 1).
  explicit CliticSplitter(const KnownWords* known, const Stemmer* stemmer = nullptr)
      : known_(known), stemmer_(stemmer) {}

  // Replaces `parts` with the pieces of `word` (views into it); one part when nothing splits.
  void Split(std::string_view word, std::vector<std::string_view>& parts) const;

  // Words ending in -nya that are adverbs or connectives in their own right and stay whole:
  // "akhirnya", "biasanya", "sebenarnya", "semuanya", "sepenuhnya", ...
  static bool IsLexicalised(std::string_view word);

 private:
  enum class Accept { kKnown, kDerived };
  bool IsBase(std::string_view base, Accept accept) const;
  bool Derived(std::string_view word) const;
  bool TrySplit(std::string_view word, Accept accept, std::vector<std::string_view>& parts) const;
  bool SplitAfterHyphen(std::string_view word, std::vector<std::string_view>& parts) const;

  const KnownWords* known_;
  const Stemmer* stemmer_;
};

}  // namespace liputan
