#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tokenizer/tokenizer_options.h"

namespace liputan {

// A normalised line and, for each of its bytes, the byte range of the input it came from, so
// tokens can report offsets into the original line.
struct NormalizedText {
  std::string_view text;  // the normalised text (into `storage` or the input line)
  std::string storage;
  std::vector<uint32_t> begin;  // per byte of text; both empty when offsets are the identity
  std::vector<uint32_t> end;
  size_t invalid_utf8 = 0;  // invalid sequences replaced by U+FFFD

  size_t OriginalBegin(size_t i) const { return begin.empty() ? i : begin[i]; }
  // End offset in the input of the normalised range that ends (exclusively) at `i` > 0.
  size_t OriginalEnd(size_t i) const { return end.empty() ? i : end[i - 1]; }
};

// Stage 1. Default mode: decodes HTML entities (&amp; &#39;), "<U+1F62D>" escapes of dumps and
// mojibake (UTF-8 read as Windows-1252: "ðŸ˜­" → 😭), applies NFKC with full case folding
// (𝐏𝐞𝐦𝐚𝐥𝐚𝐧𝐠 → pemalang), removes zero-width and control characters, turns every space into
// ' ', every dash into '-' and curly quotes into ' and ". Emoji pass unchanged so the segmenter
// still sees whole ZWJ sequences. Preserve mode only turns spaces and control or format
// characters into ' '. Invalid UTF-8 becomes U+FFFD (counted) or throws, as the policy says.
class Normalizer {
 public:
  Normalizer(bool preserve, InvalidUtf8Policy policy) : preserve_(preserve), policy_(policy) {}

  // Fills `out` (reusing its buffers). Throws liputan::Error (kData) on invalid UTF-8 under
  // InvalidUtf8Policy::kReject.
  void Normalize(std::string_view line, NormalizedText& out) const;

 private:
  bool preserve_;
  InvalidUtf8Policy policy_;
};

// True for code points that are parts of emoji sequences: Extended_Pictographic, skin tones,
// regional indicators, ZWJ, variation selectors, the keycap mark and tag characters.
bool IsEmojiComponent(char32_t c);

}  // namespace liputan
