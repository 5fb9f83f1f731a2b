#pragma once

#include <string_view>
#include <vector>

#include "tokenizer/known_words.h"

namespace liputan {

// Splits clitics off a word (--split-clitics): the proclitics ku- and kau-, the possessive
// enclitics -ku, -mu, -nya and the particles -lah, -kah, -tah, -pun, in the order
// (ku|kau)? BASE (ku|mu|nya)? (lah|kah|tah|pun)? (Sneddon 2010, §1.41-1.44, §3.178):
// "rumahnya" → rumah nya, "kucoba" → ku coba, "bukunyalah" → buku nya lah. A word is split only
// when it is not itself known and its base is ("hanya", "punya", "dunia", "meskipun" stay whole).
class CliticSplitter {
 public:
  explicit CliticSplitter(const KnownWords* known) : known_(known) {}

  // Replaces `parts` with the pieces of `word` (views into it); one part when nothing splits.
  void Split(std::string_view word, std::vector<std::string_view>& parts) const;

 private:
  const KnownWords* known_;
};

}  // namespace liputan
