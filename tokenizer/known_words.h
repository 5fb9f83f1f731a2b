#pragma once

#include <string_view>

#include "tokenizer/lexicon.h"
#include "tokenizer/stemmer/root_lexicon.h"

namespace liputan {

// "Is this an Indonesian word we know?", asked by the elongation reducer, the reduplication
// expander and the clitic splitter. The roots are the stemmer's RootLexicon (hunspell-id's
// /usr/share/hunspell/id_ID.dic plus its additions); `extra` is tokenizer/lexicons/
// words_extra.id.txt (derived forms such as "pemerintah" that a root list lacks). Any member may be
// null (not consulted).
struct KnownWords {
  const RootLexicon* roots = nullptr;
  const lexicon::WordSet* extra = nullptr;
  const lexicon::WordMap* slang = nullptr;     // slang keys ("bgt")
  const lexicon::WordSet* standard = nullptr;  // words of slang replacements ("banget")
  const lexicon::WordSet* stopwords = nullptr;

  bool Contains(std::string_view word) const {
    return (roots != nullptr && roots->Contains(word)) ||
           (extra != nullptr && extra->Contains(word)) ||
           (slang != nullptr && slang->Find(word) != nullptr) ||
           (standard != nullptr && standard->Contains(word)) ||
           (stopwords != nullptr && stopwords->Contains(word));
  }
};

}  // namespace liputan
