#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "tokenizer/entity_scanner.h"
#include "tokenizer/token.h"

namespace liputan {

// A token before Indonesian normalisation: a byte range of the normalised text and its type.
struct Piece {
  uint32_t begin = 0;
  uint32_t end = 0;
  TokenType type = TokenType::kWord;
};

// Stages 2 and 3: splits normalised text into entities (EntityScanner), words and punctuation.
// Words are runs of letters, marks and digits, joined across one inner hyphen ("anak-anak",
// "covid-19"), apostrophe ("jum'at") or underscore. ASCII is handled byte by byte; only scripts
// written without spaces (Thai, Han, Kana, Khmer, Lao, Myanmar) go to ICU's dictionary-based
// word BreakIterator. A run of one punctuation mark ("...", "!!!") is one token.
class Segmenter {
 public:
  Segmenter(bool preserve, const EntityScanner* scanner) : preserve_(preserve), scanner_(scanner) {}

  // Replaces `pieces` with the pieces of `text`, in order.
  void Segment(std::string_view text, std::vector<Piece>& pieces) const;

 private:
  // Per-line memory of failed lookaheads, so hostile lines ("a.a.a.a...") stay linear and cheap.
  struct ScanState {
    size_t no_bare_url_before = 0;  // dotted names already scanned and found not to be links
    size_t next_at = 0;             // position of the next '@' (npos: none)
  };

  size_t ScanAscii(std::string_view s, size_t pos, std::string_view previous, ScanState& state,
                   std::vector<Piece>& pieces) const;
  size_t ScanAlnum(std::string_view s, size_t pos, std::string_view previous, ScanState& state,
                   std::vector<Piece>& pieces) const;
  size_t ScanNonAscii(std::string_view s, size_t pos, std::vector<Piece>& pieces) const;

  bool preserve_;
  const EntityScanner* scanner_;
};

}  // namespace liputan
