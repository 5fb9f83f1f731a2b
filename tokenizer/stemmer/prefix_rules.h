#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace liputan {

// One row of the prefix disambiguation table, written the way the papers print them.
//
// pattern: what the word starts with. Lower-case letters stand for themselves; `V` is a vowel
//   (a e i o u); `C` a consonant; `.` any letter; `{xyz}` one of x, y, z; `{^xyz}` a consonant
//   other than x, y, z; `(!er)` "not followed by er" (consumes nothing); `$` the end of the word.
//   Alternatives are separated by `|` ("memV|memrV").
// results: the removals to try, in order, separated by `|`. "ber" removes "ber"; "mem+p"
//   removes "mem" and puts "p" back in front (the nasal had replaced the root's first consonant:
//   "memukul" -> "pukul"). A removal applies only if the word starts with what it removes.
// citation: where the rule comes from; example: an Indonesian word it handles.
struct PrefixRule {
  std::string_view id;
  std::string_view pattern;
  std::string_view results;
  std::string_view citation;
  std::string_view example;
};

// A removal of a matched rule: drop `strip` from the front, then prepend `add`.
struct PrefixRemoval {
  std::string strip;
  std::string add;
};

// One compiled pattern element (see PrefixRule::pattern).
struct PatternElement {
  enum class Kind { kLetters, kConsonantExcept, kVowel, kConsonant, kAny, kNotFollowedBy, kEnd };
  Kind kind = Kind::kLetters;
  std::string chars;  // the letters of kLetters / kConsonantExcept / kNotFollowedBy
};

// The rules compiled for matching. The first row whose pattern matches the word is the one used
// (the published rules are mutually exclusive; where ours overlap, order decides).
class PrefixRuleTable {
 public:
  struct Compiled {
    const PrefixRule* rule = nullptr;
    std::string type;  // prefix class for the N&A checks: "be" "di" "ke" "me" "pe" "se" "te" ...
    std::vector<std::vector<PatternElement>> alternatives;
    std::vector<PrefixRemoval> removals;
  };

  // Compiles `rules`; a syntax error throws liputan::Error(ErrorCode::kInternal) naming the row.
  explicit PrefixRuleTable(std::vector<PrefixRule> rules);
  ~PrefixRuleTable();

  // The built-in table (tokenizer/stemmer/prefix_rules.cc).
  static const PrefixRuleTable& Default();
  static const std::vector<PrefixRule>& DefaultRules();

  // The first rule matching `word` (lower-case), or nullptr.
  const Compiled* Match(std::string_view word) const;
  const std::vector<Compiled>& compiled() const { return compiled_; }

 private:
  std::vector<PrefixRule> rules_;
  std::vector<Compiled> compiled_;
  std::vector<std::vector<size_t>> by_first_letter_;  // rows whose pattern starts with a letter
};

}  // namespace liputan
