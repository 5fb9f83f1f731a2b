#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tokenizer/stemmer/root_lexicon.h"

namespace liputan {

class StemCache;

struct StemmerOptions {
  bool use_cache = true;             // off for the cold-cache benchmark and for tracing
  size_t cache_capacity = 1u << 20;  // distinct words remembered; past it, stems are recomputed
  size_t max_word_bytes = 64;        // longer tokens are returned unchanged (lower-cased)
};

// What the stemmer did to one word, for tests, `tokenize --format explain` and debugging.
struct StemTrace {
  std::string root;
  // One entry per step that led to the root, e.g. "lexicon", "suffix -kan",
  // "prefix CS-13 mem+p", "reduplication", "restore -an". Empty when the word was kept as is.
  std::vector<std::string> steps;
};

// Indonesian stemmer of the confix-stripping family (Nazief & Adriani 1996; Asian et al. 2005/2007;
// Arifin et al. 2009; see docs/stemmer.md): strips inflectional suffixes, derivational suffixes
// and up to three prefixes, checking the root lexicon after each step, with the prefix
// disambiguation rules of tokenizer/stemmer/prefix_rules.cc and suffix restoration.
//
// Stem() folds ASCII case and returns the root, or the (lower-cased) word itself when no root is
// found, the word is in the lexicon, or it is not a plain Latin-letter word (digits, other
// scripts, symbols). Reduplication: "buku-buku" -> "buku", "berlari-lari" -> "lari",
// "memanggil-manggil" -> "panggil"; "bolak-balik" (halves with different roots) is kept.
// Hyphenated clitics go: "kuasa-Mu" -> "kuasa", "malaikat-malaikat-Nya" -> "malaikat".
//
// Thread-safe: Stem() may be called concurrently; the cache is sharded and mutex-protected.
class Stemmer {
 public:
  explicit Stemmer(std::shared_ptr<const RootLexicon> lexicon, StemmerOptions options = {});
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  // The stemmer on RootLexicon::Default() with default options, built once on first use.
  static const Stemmer& Default();

  std::string Stem(std::string_view word) const;
  // Same result as Stem(), never touching the cache, with the steps taken.
  StemTrace Trace(std::string_view word) const;
  // The root reached by derivational morphology alone (prefixes, -kan/-an/-i, confixes, infixes,
  // reduplication), leaving the clitics ku-/kau-, -ku/-mu/-nya and the particles in place; nullopt
  // when there is none. "menemukan" -> "temu", "pikir-pikir" -> "pikir", "masakan" -> "masak";
  // "kumenemukan" and "rumahnya" -> nullopt. The clitic splitter asks it whether a base is a
  // word. Not cached.
  std::optional<std::string> DerivationalRoot(std::string_view word) const;

  const RootLexicon& lexicon() const { return *lexicon_; }
  const StemmerOptions& options() const { return options_; }
  // Number of words currently cached (0 without cache).
  size_t cache_size() const;

 private:
  std::string Compute(std::string_view word, std::vector<std::string>* steps) const;
  // The root of a lower-case plain word, or nullopt.
  std::optional<std::string> Root(std::string_view lower, bool clitics,
                                  std::vector<std::string>* steps) const;
  std::optional<std::string> HyphenatedRoot(std::string_view lower, bool clitics,
                                            std::vector<std::string>* steps) const;

  std::shared_ptr<const RootLexicon> lexicon_;
  StemmerOptions options_;
  std::unique_ptr<StemCache> cache_;
};

}  // namespace liputan
