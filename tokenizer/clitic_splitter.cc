#include "tokenizer/clitic_splitter.h"

#include <algorithm>
#include <array>

#include "tokenizer/stemmer/stemmer.h"

namespace liputan {

namespace {

constexpr std::string_view kParticles[] = {"", "lah", "kah", "tah", "pun"};
constexpr std::string_view kPossessives[] = {"", "nya", "ku", "mu"};
constexpr std::string_view kProclitics[] = {"", "ku", "kau"};
constexpr size_t kMinBase = 2;

// -nya words that work as one word: sentence adverbs, connectives and quantifiers whose -nya no
// longer means "his/its" ("akhirnya" 'finally', "biasanya" 'usually', "sebenarnya" 'actually',
// "semuanya" 'everything', "satu-satunya" 'the only'). Each is kept whole as its own lemma by the
// Indonesian UD treebanks (GSD, CSUI), except "keduanya", "rupanya", "satu-satunya", "sebetulnya",
// "semestinya", which are of the same kind. Sorted.
constexpr std::array<std::string_view, 28> kLexicalised = {
    "akhirnya",     "berikutnya", "biasanya",   "keduanya",   "khususnya",  "lainnya",
    "makanya",      "mestinya",   "misalnya",   "nampaknya",  "rupanya",    "satu-satunya",
    "seandainya",   "sebaliknya", "sebelumnya", "sebenarnya", "sebetulnya", "seharusnya",
    "selanjutnya",  "semestinya", "semuanya",   "sepatutnya", "sepenuhnya", "sepertinya",
    "sesungguhnya", "setidaknya", "tampaknya",  "umumnya",
};
static_assert(std::is_sorted(kLexicalised.begin(), kLexicalised.end()));

}  // namespace

bool CliticSplitter::IsLexicalised(std::string_view word) {
  return std::binary_search(kLexicalised.begin(), kLexicalised.end(), word);
}

bool CliticSplitter::Derived(std::string_view word) const {
  return stemmer_ != nullptr && stemmer_->DerivationalRoot(word).has_value();
}

bool CliticSplitter::IsBase(std::string_view base, Accept accept) const {
  if (known_->Contains(base) || IsLexicalised(base)) return true;
  return accept == Accept::kDerived && Derived(base);
}

void CliticSplitter::Split(std::string_view word, std::vector<std::string_view>& parts) const {
  parts.clear();
  parts.push_back(word);
  if (word.size() < kMinBase + 2 || known_->Contains(word) || IsLexicalised(word)) return;
  if (word.find('-') != word.npos && SplitAfterHyphen(word, parts)) return;
  if (TrySplit(word, Accept::kKnown, parts)) return;
  // A derived base ("masakan" + -mu). Asked only when some base qualifies, because the check of
  // the whole word ("bertanya" is ber- + "tanya": no clitic) costs a stemmer search.
  thread_local std::vector<std::string_view> derived;
  if (stemmer_ == nullptr || !TrySplit(word, Accept::kDerived, derived) || Derived(word)) return;
  parts = derived;
}

// (ku|kau)? BASE (ku|mu|nya)? (lah|kah|tah|pun)?, trying the shortest clitics first; a base may be
// reduplicated ("kata-kata" + -nya, ku- + "pikir-pikir").
bool CliticSplitter::TrySplit(std::string_view word, Accept accept,
                              std::vector<std::string_view>& parts) const {
  for (auto particle : kParticles) {
    if (!word.ends_with(particle)) continue;
    std::string_view rest = word.substr(0, word.size() - particle.size());
    for (auto possessive : kPossessives) {
      if (!rest.ends_with(possessive)) continue;
      std::string_view stem = rest.substr(0, rest.size() - possessive.size());
      for (auto proclitic : kProclitics) {
        if (particle.empty() && possessive.empty() && proclitic.empty()) continue;
        if (!stem.starts_with(proclitic) || stem.size() < proclitic.size() + kMinBase) continue;
        std::string_view base = stem.substr(proclitic.size());
        if (!IsBase(base, accept)) continue;
        // A meN- word ending in "kah" ends in a root as the stemmer reads it: "menikah" is meN- +
        // "nikah", not "meni" + -kah (tokenizer/stemmer, KahRoot).
        if (particle == "kah" && word.starts_with("me") && Derived(word)) continue;
        parts.clear();
        // se- + adjective + -nya is one adverb (Sneddon et al. 2010; Tata Bahasa Baku: the confix
        // se-...-nya): "secepatnya" 'as soon as possible', "sebaik-baiknya", "sehari-harinya".
        // Only for bases that are not words themselves: "sepedanya" is "sepeda" + -nya.
        if (accept == Accept::kDerived && possessive == "nya" && proclitic.empty() &&
            base.size() > 4 && base.starts_with("se") && IsBase(base.substr(2), accept)) {
          parts.push_back(word);
          return true;
        }
        for (auto part : {stem.substr(0, proclitic.size()), base, rest.substr(stem.size()),
                          word.substr(rest.size())}) {
          if (!part.empty()) parts.push_back(part);
        }
        return true;
      }
    }
  }
  return false;
}

// Clitics written after a hyphen are clitics whatever precedes them: PUEBI joins -Ku, -Mu, -Nya
// with a hyphen when they stand for God ("kuasa-Mu", "kepada-Nyalah"), and tweets write
// "rumah-nya", "apa-pun". The hyphen itself is dropped (the tokenizer shows it again in front of a
// capitalised pronoun, which it keeps as written).
bool CliticSplitter::SplitAfterHyphen(std::string_view word,
                                      std::vector<std::string_view>& parts) const {
  size_t hyphen = word.rfind('-');
  std::string_view head = word.substr(0, hyphen), tail = word.substr(hyphen + 1);
  if (head.size() < kMinBase || head.back() == '-') return false;
  for (auto particle : kParticles) {
    if (!tail.ends_with(particle)) continue;
    std::string_view possessive = tail.substr(0, tail.size() - particle.size());
    if (possessive.empty() && particle.empty()) continue;
    if (std::find(std::begin(kPossessives), std::end(kPossessives), possessive) ==
        std::end(kPossessives)) {
      continue;
    }
    parts.clear();
    for (auto part : {head, possessive, tail.substr(possessive.size())}) {  // views into `word`
      if (!part.empty()) parts.push_back(part);
    }
    return true;
  }
  return false;
}

}  // namespace liputan
