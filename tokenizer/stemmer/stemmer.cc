#include "tokenizer/stemmer/stemmer.h"

#include <algorithm>

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

// What may follow a hyphen as clitics: a possessive, a particle, or both ("nyalah").
bool IsHyphenatedClitic(std::string_view tail) {
  for (std::string_view possessive : {"", "ku", "mu", "nya"}) {
    if (!tail.starts_with(possessive)) continue;
    std::string_view rest = tail.substr(possessive.size());
    if (rest.empty() && !possessive.empty()) return true;
    if (rest == "lah" || rest == "kah" || rest == "pun") return true;
  }
  return false;
}

// A prefixed verb reduplicates its base with the prefix's nasal, so the second half is the first
// without the prefix's first letters and is no word by itself (Sneddon et al. 2010 on reduplicated
// meN- verbs; Imamuddin et al. 2020 list "menari-nari", "memutar-mutar", "menyama-nyamakan" as
// words CS misses): "memanggil-manggil", "meniru-niru", "menyebut-nyebut". Those letters are put
// back in front of the second half and the result stemmed; it must reach the first half's root
// ("meniru-nirukan" -> "menirukan" -> "tiru") (liputan, after CS's rule that the halves of a
// reduplication share their root). Only when the second half has no root of its own: in
// "beribu-ribu" and "berandai-andai" it names the root the first half hides, and such words stay.
std::optional<std::string> AffixedReduplication(const ConfixStripper& stripper,
                                                std::string_view left, std::string_view right,
                                                const std::string& left_root, bool clitics) {
  for (size_t k = std::min(left.size() - 1, right.size()); k >= 3; --k) {
    if (left.substr(left.size() - k) != right.substr(0, k)) continue;
    std::string whole = std::string(left.substr(0, left.size() - k)) + std::string(right);
    auto root = stripper.FindRoot(whole, nullptr, clitics);
    if (root && *root == left_root) return root;
    return std::nullopt;
  }
  return std::nullopt;
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
  return Root(lower, true, steps).value_or(lower);
}

std::optional<std::string> Stemmer::DerivationalRoot(std::string_view word) const {
  std::string lower;
  if (!LowerPlainWord(word, lower) || lower.size() > options_.max_word_bytes) return std::nullopt;
  return Root(lower, false, nullptr);
}

std::optional<std::string> Stemmer::Root(std::string_view lower, bool clitics,
                                         std::vector<std::string>* steps) const {
  if (lower.find('-') == std::string_view::npos) {
    return ConfixStripper(*lexicon_, PrefixRuleTable::Default()).FindRoot(lower, steps, clitics);
  }
  return HyphenatedRoot(lower, clitics, steps);
}

std::optional<std::string> Stemmer::HyphenatedRoot(std::string_view w, bool clitics,
                                                   std::vector<std::string>* steps) const {
  auto step = [&](std::string s) {
    if (steps != nullptr) steps->push_back(std::move(s));
  };
  // Clitics after a hyphen are N&A's inflectional suffixes and go first: PUEBI joins -Ku, -Mu, -Nya
  // to a word with a hyphen when they stand for God ("kuasa-Mu", "hamba-Nya"), and tweets write
  // "rumah-nya" too. "kuasa-Mu" -> "kuasa"; "malaikat-malaikat-Nya" -> the reduplication
  // "malaikat-malaikat" -> "malaikat"; "kepada-Nyalah" -> "kepada" (liputan: N&A and CS meet
  // hyphens only in reduplication).
  size_t last = w.rfind('-');
  if (clitics && last >= 2 && w[last - 1] != '-' && IsHyphenatedClitic(w.substr(last + 1))) {
    step("clitic -" + std::string(w.substr(last + 1)));
    std::string_view base = w.substr(0, last);
    return Root(base, clitics, steps).value_or(std::string(base));
  }
  // Reduplication: "buku-buku" -> "buku"; "anak-anak" -> "anak" although hunspell-id lists
  // "anak-anak"; "berlari-lari", "tolong-menolong" -> the root both halves share (CS). A doubled
  // non-root listed whole ("kupu-kupu") and halves with different roots ("bolak-balik",
  // "sayur-mayur": lexical pairs) are kept, as are words with several hyphens or an empty half.
  auto listed = [&]() -> std::optional<std::string> {
    if (!lexicon_->Contains(w)) return std::nullopt;
    step("lexicon");
    return std::string(w);
  };
  size_t hyphen = w.find('-');
  std::string_view left = w.substr(0, hyphen), right = w.substr(hyphen + 1);
  if (left.empty() || right.empty() || right.find('-') != std::string_view::npos) return listed();
  ConfixStripper stripper(*lexicon_, PrefixRuleTable::Default());
  auto left_root = stripper.FindRoot(left, nullptr, clitics);
  if (left == right) {
    if (!left_root && lexicon_->Contains(w)) return listed();
    step("reduplication");
    return left_root.value_or(std::string(left));
  }
  auto right_root = stripper.FindRoot(right, nullptr, clitics);
  if (left_root && right_root && *left_root == *right_root) {
    step("reduplication");
    return left_root;
  }
  if (left_root && !right_root) {
    if (auto root = AffixedReduplication(stripper, left, right, *left_root, clitics)) {
      step("reduplication (affixed)");
      return root;
    }
  }
  return listed();
}

}  // namespace liputan
