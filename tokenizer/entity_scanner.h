#pragma once

#include <cstddef>
#include <string_view>

#include "tokenizer/lexicon.h"
#include "tokenizer/token.h"

namespace liputan {

// Stage 2: recognisers of the entities a tweet holds. Each Match* looks at text[pos...] and returns
// the byte length of the entity there, or 0. They work on normalised or original text alike (ASCII
// case-insensitive) and look ahead a bounded distance when they fail, so a hostile 10 MB line
// stays linear.
class EntityScanner {
 public:
  explicit EntityScanner(const lexicon::WordSet* abbreviations, size_t max_abbreviation = 0)
      : abbreviations_(abbreviations), max_abbreviation_(max_abbreviation) {}

  struct Match {
    size_t length = 0;
    TokenType type = TokenType::kOther;
  };

  // https://t.co/x, www.x.id, pemalangkab.go.id/layanan, bit.ly/abc (trailing .,;:!?) excluded).
  // `host_end`, when given, receives where the dotted name scanned at pos ends: a later start
  // inside it ends there too, with the same last label, so the caller need not scan it again.
  static size_t MatchUrl(std::string_view s, size_t pos, size_t* host_end = nullptr);
  // humas@pemalangkab.go.id
  static size_t MatchEmail(std::string_view s, size_t pos);
  // @KominfoPemalang (letters, digits, '_')
  static size_t MatchMention(std::string_view s, size_t pos);
  // #PemalangHebat (Unicode letters, digits, '_'; not digits only)
  static size_t MatchHashtag(std::string_view s, size_t pos);
  // One emoji grapheme cluster: ZWJ sequences, skin tones, flags, keycaps, tag sequences.
  static size_t MatchEmoji(std::string_view s, size_t pos);
  // :) :( :D <3 ^_^ -_- :v ... (a repeated last character belongs to it: ":)))")
  static size_t MatchEmoticon(std::string_view s, size_t pos);
  // Numbers, times, dates and phone numbers starting at a digit, '+' or '('. `previous` is the
  // word before (any case), for "pukul 08.00" / "jam 8.30".
  static Match MatchNumeric(std::string_view s, size_t pos, std::string_view previous);
  // "Rp", "Rp." or "IDR" before an amount: returns the length of the currency word (with its dot
  // when `keep_dot`), and sets `skip` to what to skip after it (".", " ").
  static size_t MatchCurrency(std::string_view s, size_t pos, bool keep_dot, size_t& skip);
  // dll. Jl. a.n. s.d. from the abbreviation list (longest match, lowercase entries).
  size_t MatchAbbreviation(std::string_view s, size_t pos) const;
  // Preserve mode: "&amp;" and "<U+1F62D>" kept as one token each.
  static size_t MatchHtmlEntity(std::string_view s, size_t pos);
  static size_t MatchCodePointEscape(std::string_view s, size_t pos, char32_t& cp);

 private:
  const lexicon::WordSet* abbreviations_;
  size_t max_abbreviation_;
};

}  // namespace liputan
