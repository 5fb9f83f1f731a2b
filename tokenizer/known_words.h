#pragma once

#include <string_view>

#include "tokenizer/lexicon.h"
#include "tokenizer/root_words.h"

namespace liputan {

// "Is this an Indonesian word we know?", asked by the elongation reducer and the clitic splitter.
// Any member may be null (not consulted).
struct KnownWords {
  const RootWords* roots = nullptr;            // hunspell-id roots + words_extra.id.txt
  const lexicon::WordMap* slang = nullptr;     // slang keys ("bgt")
  const lexicon::WordSet* standard = nullptr;  // words of slang replacements ("banget")
  const lexicon::WordSet* stopwords = nullptr;

  bool Contains(std::string_view word) const {
    return (roots != nullptr && roots->Contains(word)) ||
           (slang != nullptr && slang->Find(word) != nullptr) ||
           (standard != nullptr && standard->Contains(word)) ||
           (stopwords != nullptr && stopwords->Contains(word));
  }
};

}  // namespace liputan
