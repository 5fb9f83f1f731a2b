#include "models/codebook_cues.h"

#include <unordered_map>
#include <utility>

#include "corpora/taxonomy/taxonomy.h"
#include "models/sha256.h"

namespace liputan {

namespace {
// Lets the index be searched with a string_view, without building a string per word.
struct WordHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
}  // namespace

struct CodebookCues::Index {
  struct Cue {
    std::vector<std::string> words;
    CueLabel label;
  };
  std::unordered_map<std::string, std::vector<Cue>, WordHash, std::equal_to<>> by_first_word;
};

CodebookCues::CodebookCues(const Tokenizer& tokenizer) : index_(std::make_unique<Index>()) {
  const Taxonomy taxonomy = Taxonomy::Embedded();
  Sha256 sha;
  for (const LabelSet* set : {&taxonomy.sektor(), &taxonomy.fungsi()}) {
    for (const auto& label : set->labels) {
      for (const auto& [cues, weight] : {std::pair{&label.strong_cues, 2}, {&label.weak_cues, 1}}) {
        for (const auto& cue : *cues) {
          sha.Update(set->name + "\t" + label.slug + "\t" + cue + "\t" + std::to_string(weight) +
                     "\n");
          Index::Cue c{{}, {set->name, label.slug, weight}};
          for (auto& token : tokenizer.Tokenize(cue)) c.words.push_back(std::move(token.text));
          if (c.words.empty()) continue;
          index_->by_first_word[c.words[0]].push_back(std::move(c));
        }
      }
    }
  }
  hash_ = sha.HexDigest();
}

CodebookCues::~CodebookCues() = default;

void CodebookCues::Match(const std::vector<std::string_view>& words,
                         const std::function<void(const CueLabel&)>& found) const {
  for (size_t i = 0; i < words.size(); ++i) {
    auto it = index_->by_first_word.find(words[i]);
    if (it == index_->by_first_word.end()) continue;
    for (const Index::Cue& cue : it->second) {
      if (i + cue.words.size() > words.size()) continue;
      bool match = true;
      for (size_t w = 1; w < cue.words.size() && match; ++w) match = words[i + w] == cue.words[w];
      if (match) found(cue.label);
    }
  }
}

std::vector<std::string_view> SplitWords(std::string_view tokens) {
  std::vector<std::string_view> words;
  size_t start = 0;
  while (start < tokens.size()) {
    size_t end = tokens.find(' ', start);
    if (end == std::string_view::npos) end = tokens.size();
    if (end > start) words.push_back(tokens.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

}  // namespace liputan
