#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace liputan {

enum class TokenType {
  kWord,
  kNumber,    // 1.000.000, 3,5, 3,5%
  kMoney,     // never emitted alone: "Rp5.000" gives kCurrency "rp" then kNumber
  kCurrency,  // the "rp" of a money amount
  kTime,      // 08.00, 08:00 (before WIB/WITA/WIT)
  kDate,      // 10/09/2021, 10-09-2021
  kPhone,     // 0812-3456-7890, (0285) 123456, +62 812 ...
  kUrl,
  kEmail,
  kMention,       // @KominfoPemalang
  kHashtag,       // #PemalangHebat
  kEmoji,         // one grapheme cluster
  kEmoticon,      // :) <3 ^_^
  kAbbreviation,  // dll. Jl. Kab.
  kPunctuation,
  kOther,
};

// Stable lowercase name ("word", "url", ...) used in JSONL output and manifests.
std::string_view TokenTypeName(TokenType type);

struct Token {
  std::string text;  // the token as output (normalised unless --preserve)
  TokenType type = TokenType::kWord;
  size_t begin = 0;  // byte offsets into the original input line: [begin, end)
  size_t end = 0;
};

}  // namespace liputan
