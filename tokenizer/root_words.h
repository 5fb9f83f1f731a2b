#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "tokenizer/lexicon.h"

namespace liputan {

// The Indonesian words the clitic splitter and the elongation reducer accept as "a word": the root
// list of hunspell-id (/usr/share/hunspell/id_ID.dic, a Debian dependency, LGPL-3, read at run time
// and never copied here; "/FLAGS" stripped) plus our own tokenizer/lexicons/words_extra.id.txt
// (derived forms such as "pemerintah" that a root list lacks). Immutable: share across threads.
class RootWords {
 public:
  static constexpr const char* kHunspellPath = "/usr/share/hunspell/id_ID.dic";

  // Reads the hunspell list at `path`; throws liputan::Error (kNoInput) when it cannot be read.
  explicit RootWords(const std::string& path = kHunspellPath);
  // One shared instance of the default list, loaded on first use (thread-safe).
  static std::shared_ptr<const RootWords> Default();

  bool Contains(std::string_view word) const { return words_.Contains(word); }
  size_t size() const { return words_.size(); }
  // Hash of the hunspell file's bytes, for model manifests.
  const std::string& hash() const { return hash_; }

 private:
  lexicon::WordSet words_;
  std::string hash_;
};

}  // namespace liputan
