#include "tokenizer/stemmer/stemmer.h"

#include "tokenizer/stemmer/confix_stripper.h"
#include "tokenizer/stemmer/prefix_rules.h"
#include "tokenizer/stemmer/stem_cache.h"

namespace liputan {
namespace {

// ASCII-lower-cases `word` into `out`; returns false if it holds anything but letters and
// hyphens (digits, apostrophes, other scripts), which the stemmer leaves alone.
bool LowerPlainWord(std::string_view word, std::string& out) {
  out.assign(word);
  bool plain = !word.empty();
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    } else if (!((c >= 'a' && c <= 'z') || c == '-')) {
      plain = false;
    }
  }
  return plain;
}

}  // namespace

Stemmer::Stemmer(std::shared_ptr<const RootLexicon> lexicon, StemmerOptions options)
    : lexicon_(std::move(lexicon)), options_(options) {
  if (options_.use_cache) cache_ = std::make_unique<StemCache>(options_.cache_capacity);
}

Stemmer::~Stemmer() = default;

const Stemmer& Stemmer::Default() {
  static const Stemmer stemmer(RootLexicon::Default());
  return stemmer;
}

size_t Stemmer::cache_size() const { return cache_ ? cache_->size() : 0; }

std::string Stemmer::Stem(std::string_view word) const {
  bool cacheable = cache_ != nullptr && word.size() <= options_.max_word_bytes;
  std::string root;
  if (cacheable && cache_->Find(word, root)) return root;
  root = Compute(word, nullptr);
  if (cacheable) cache_->Insert(word, root);
  return root;
}

StemTrace Stemmer::Trace(std::string_view word) const {
  StemTrace trace;
  trace.root = Compute(word, &trace.steps);
  return trace;
}

std::string Stemmer::Compute(std::string_view word, std::vector<std::string>* steps) const {
  std::string lower;
  bool plain = LowerPlainWord(word, lower);
  if (!plain || lower.size() > options_.max_word_bytes) return lower;
  ConfixStripper stripper(*lexicon_, PrefixRuleTable::Default());
  size_t hyphen = lower.find('-');
  if (hyphen == std::string::npos) return stripper.FindRoot(lower, steps).value_or(lower);
  // Reduplication: "buku-buku" -> "buku"; "anak-anak" -> "anak" although hunspell-id lists
  // "anak-anak"; "berlari-lari", "tolong-menolong" -> the root both halves share. A doubled
  // non-root listed whole ("kupu-kupu") and halves with different roots ("bolak-balik",
  // "sayur-mayur": lexical pairs) are kept, as are words with several hyphens or an empty half.
  std::string_view left = std::string_view(lower).substr(0, hyphen);
  std::string_view right = std::string_view(lower).substr(hyphen + 1);
  if (left.empty() || right.empty() || right.find('-') != std::string_view::npos) return lower;
  auto left_root = stripper.FindRoot(left, nullptr);
  if (left == right) {
    if (!left_root && lexicon_->Contains(lower)) {
      if (steps != nullptr) steps->push_back("lexicon");
      return lower;
    }
    if (steps != nullptr) steps->push_back("reduplication");
    return left_root.value_or(std::string(left));
  }
  auto right_root = stripper.FindRoot(right, nullptr);
  if (!left_root || !right_root || *left_root != *right_root) {
    if (steps != nullptr && lexicon_->Contains(lower)) steps->push_back("lexicon");
    return lower;
  }
  if (steps != nullptr) steps->push_back("reduplication");
  return *left_root;
}

}  // namespace liputan
