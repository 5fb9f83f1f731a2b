#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "liputan/export.h"

// The Indonesian stemmer and its root lexicon (docs/stemmer.md). The library's own
// tokenizer/stemmer/ headers include this one: these are the library's types, not copies.
namespace liputan {

// The set of Indonesian root words (kata dasar) the stemmer accepts as results.
//
// The default is hunspell-id's word list (Debian package hunspell-id, LGPL-3, read at run time,
// never copied into the repository) plus our own small additions file
// (tokenizer/stemmer/lexicons/root_additions.id.txt, compiled into the binary), so the executable
// does not depend on the source tree; its "!word" lines remove hunspell entries that are derived
// forms. A user can replace the whole lexicon with a plain word list.
//
// File format (both kinds): one word per line; a first line made only of digits (hunspell's entry
// count) is skipped; "/FLAGS" after a word is dropped; lines starting with '#' are comments;
// surrounding whitespace is trimmed; ASCII letters are lower-cased; blank lines are skipped.
//
// Immutable after construction, so one instance is safely shared by any number of threads.
class LIPUTAN_API RootLexicon {
 public:
  static constexpr const char* kHunspellPath = "/usr/share/hunspell/id_ID.dic";

  // Builds a lexicon from words (normalised like file lines). `description` says where they came
  // from, for messages and manifests.
  explicit RootLexicon(const std::vector<std::string>& words,
                       std::string description = "word list");

  // hunspell-id at `hunspell_path` plus the built-in additions. A missing or unreadable file
  // throws liputan::Error(ErrorCode::kNoInput) naming the path.
  static std::shared_ptr<const RootLexicon> LoadDefault(
      const std::string& hunspell_path = kHunspellPath);
  // The default lexicon, loaded once on first use; safe to call from many threads at once.
  static std::shared_ptr<const RootLexicon> Default();
  // A plain word list that replaces the default entirely (`liputan stem --lexicon FILE`).
  static std::shared_ptr<const RootLexicon> LoadFile(const std::string& path);
  // The text of our additions file as compiled into the binary.
  static std::string_view BuiltInAdditions();

  // True if `word` (already lower-case) is a root. Allocation-free.
  bool Contains(std::string_view word) const;
  size_t size() const { return count_; }
  // "fnv1a64:<16 hex digits>" over the sorted, distinct words: equal for equal word sets whatever
  // the file order or flags. Model manifests record it to detect a different lexicon.
  const std::string& content_hash() const { return content_hash_; }
  const std::string& description() const { return description_; }
  // Bytes held by the lexicon's data structures (word storage and hash table).
  size_t memory_bytes() const;

 private:
  struct Slot {
    uint32_t offset = 0;
    uint32_t length = 0;  // 0 marks an empty slot
  };
  void Build(std::vector<std::string> words);

  std::string arena_;        // all words, back to back
  std::vector<Slot> slots_;  // open addressing, linear probing, power-of-two size
  uint64_t mask_ = 0;
  size_t count_ = 0;
  std::string content_hash_;
  std::string description_;
};

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
class LIPUTAN_API Stemmer {
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
