#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

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
class RootLexicon {
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

// Normalises one lexicon line as described above; returns an empty view for lines that hold no
// word. Exposed for tests.
std::string NormalizeLexiconLine(std::string_view line);

}  // namespace liputan
