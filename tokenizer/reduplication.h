#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "tokenizer/known_words.h"

namespace liputan {

// Reduplication written with the digit 2 (or ², which NFKC turns into 2): "anak2" → "anak-anak",
// "ujung2nya" → "ujung-ujungnya", "dilepas2" → "dilepas-lepas". Hyphenated reduplication
// ("sayur-mayur") is already one token and is left alone.
class Reduplication {
 public:
  struct Parts {
    std::string_view base;    // "ujung"
    std::string_view suffix;  // "nya", or empty
  };

  // WORD + "2" (+ -nya/-ku/-mu/-lah/-pun/-an), where WORD has three or more letters ("ps2" stays).
  static std::optional<Parts> Match(std::string_view word);

  // Writes the full form to `out`. With prefixed bases only the root repeats when `known` knows
  // the root and not the whole base (Sneddon 2010, §2.86: "berlari-lari", "dilepas-lepas").
  static void Expand(std::string_view base, std::string_view suffix, const KnownWords* known,
                     std::string& out);
};

}  // namespace liputan
