#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tokenizer/stemmer/prefix_rules.h"
#include "tokenizer/stemmer/root_lexicon.h"

namespace liputan {

// The confix-stripping search for one plain word (lower-case a-z, no hyphen); no cache, no
// reduplication (Stemmer adds those). Steps, after Nazief & Adriani (1996) as refined by Asian
// et al. (CS, 2007) and Arifin et al. (ECS, 2009):
//   1. a word in the lexicon is its own root;
//   2. rule precedence (CS): be-...-lah, be-...-an and me-/di-/pe-/te-...-i strip prefixes first;
//   3. inflectional suffixes: particle -lah -kah -pun, then possessive -ku -mu -nya;
//   4. derivational suffix -kan, -an or -i;
//   5. up to three prefixes by the rule table, with the N&A checks (disallowed confix pairs,
//      no repeated prefix class), trying each rule's recoding alternatives;
//   6. suffix restoration (ECS loop pengembalian akhiran): put back "k" of -kan, then the
//      derivational suffix, the possessive and the particle, retrying prefix removal each time;
//   7. (liputan) only when all of that found nothing: the infix -in- after the first consonant
//      ("kinerja" -> "kerja"), and steps 1-6 again on the word without it.
// The lexicon is consulted after every step; the first root found is returned, except that a
// ke-...-an confix wins over a root that merely starts with "ke" ("kedudukan" -> "duduk", not
// "keduduk"; see KeAnConfix in the .cc).
class ConfixStripper {
 public:
  ConfixStripper(const RootLexicon& lexicon, const PrefixRuleTable& rules);

  // The root of `word`, or nullopt when no lexicon root is reachable. `steps` (may be null)
  // receives the steps that led to it. With `clitics` false only derivational morphology is
  // undone: the particles -lah -kah -pun, the possessives -ku -mu -nya and the proclitics ku- kau-
  // are left in place, so "menemukan" has a root and "kumenemukannya" has none (the clitic
  // splitter asks this).
  std::optional<std::string> FindRoot(std::string_view word, std::vector<std::string>* steps,
                                      bool clitics = true) const;

  // Roots shorter than this are never produced by stripping ("bertanya" - "nya" - "ber" = "ta").
  static constexpr size_t kMinRootLength = 3;
  static constexpr int kMaxPrefixes = 3;

 private:
  struct Search;
  bool IsRoot(std::string_view candidate) const;
  std::optional<std::string> Find(std::string_view word, Search& search) const;
  std::optional<std::string> Infix(std::string_view word, Search& search) const;
  std::optional<std::string> KeAnConfix(std::string_view root, Search& search) const;
  std::optional<std::string> Standard(std::string_view word, Search& search) const;
  std::optional<std::string> StripPrefixes(std::string_view word, int depth,
                                           std::string_view previous_type,
                                           std::string_view derivational, bool suffixes_after,
                                           Search& search) const;
  std::optional<std::string> KahRoot(std::string_view word, Search& search) const;
  std::optional<std::string> StripSuffixesOnly(std::string_view word, Search& search) const;

  const RootLexicon& lexicon_;
  const PrefixRuleTable& rules_;
};

}  // namespace liputan
