#include "tokenizer/reduplication.h"

#include "tokenizer/utf8.h"

namespace liputan {

std::optional<Reduplication::Parts> Reduplication::Match(std::string_view word) {
  size_t two = 0;  // a plain loop: most words are short and hold no '2'
  while (two < word.size() && word[two] != '2') ++two;
  if (two == word.size() || two < 3) return std::nullopt;
  std::string_view base = word.substr(0, two), suffix = word.substr(two + 1);
  for (char c : base) {
    if (!utf8::IsAsciiAlpha(c) && c != '-') return std::nullopt;
  }
  if (base.back() == '-' || base.front() == '-') return std::nullopt;
  static constexpr std::string_view kSuffixes[] = {"", "nya", "ku", "mu", "lah", "pun", "an"};
  for (auto s : kSuffixes) {
    if (suffix == s) return Parts{base, suffix};
  }
  return std::nullopt;
}

void Reduplication::Expand(std::string_view base, std::string_view suffix, const KnownWords* known,
                           std::string& out) {
  std::string_view repeated = base;
  if (known != nullptr && !known->Contains(base)) {
    for (std::string_view prefix : {"ber", "di"}) {
      std::string_view root = base.substr(std::min(prefix.size(), base.size()));
      if (base.starts_with(prefix) && root.size() >= 4 && known->Contains(root)) {
        repeated = root;
        break;
      }
    }
  }
  out.assign(base);
  out.push_back('-');
  out.append(repeated);
  out.append(suffix);
}

}  // namespace liputan
