#include "tokenizer/segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>

#include <memory>

#include "common/error.h"
#include "tokenizer/normalizer.h"
#include "tokenizer/utf8.h"

namespace liputan {

namespace {

using utf8::IsAsciiAlnum;
using utf8::IsAsciiAlpha;
using utf8::IsAsciiDigit;

enum class Script { kNone, kSpaced, kDictionary };

// Byte classes for the ASCII fast path.
constexpr uint8_t kAlnumByte = 1;
// After a run of letters and digits, these bytes end a plain word: nothing that starts there can
// continue an entity (no '.', ':', '@', '-', '\'', '_', '+', '%' and no UTF-8 byte).
constexpr uint8_t kPlainWordEnd = 2;

struct AsciiClasses {
  uint8_t of[256] = {};
  constexpr AsciiClasses() {
    for (int c = '0'; c <= '9'; ++c) of[c] = kAlnumByte;
    for (int c = 'a'; c <= 'z'; ++c) of[c] = of[c - 32] = kAlnumByte;
    for (char c : std::string_view(" ,!?;()[]{}\"*<>=~^|`$&#/\\"))
      of[static_cast<uint8_t>(c)] = kPlainWordEnd;
  }
};
constexpr AsciiClasses kAscii;

uint8_t ClassOf(char c) { return kAscii.of[static_cast<uint8_t>(c)]; }

// The end of a plain ASCII word at pos (a letter), or 0 when it may be more than a word: an
// entity ("rp5", "http:", "dll.", "xd"), or a word that goes on past ASCII letters and digits.
size_t PlainWordEnd(std::string_view s, size_t pos) {
  size_t i = pos + 1;
  while (i < s.size() && ClassOf(s[i]) == kAlnumByte) ++i;
  if (i < s.size() && ClassOf(s[i]) != kPlainWordEnd && s[i] != ':') return 0;
  std::string_view run = s.substr(pos, i - pos);
  char a = utf8::AsciiLower(run[0]), b = run.size() > 1 ? utf8::AsciiLower(run[1]) : 0;
  if ((a == 'r' && b == 'p') || (a == 'i' && b == 'd') || (a == 'x' && b == 'd')) return 0;
  if (a == 'h' && b == 't' && i < s.size() && s[i] == ':') return 0;  // "http:"
  return i;
}

// Byte length of the word character at i (letter, mark, digit), or 0. `script` says whether it
// belongs to a script written without spaces (Thai, Lao, Khmer, Myanmar, Han, Kana), which ICU's
// dictionary break must split, or is a combining mark that goes with either (kNone).
size_t WordCharAt(std::string_view s, size_t i, Script* script = nullptr) {
  if (i >= s.size()) return 0;
  if (script != nullptr) *script = Script::kSpaced;
  if (static_cast<unsigned char>(s[i]) < 0x80) return IsAsciiAlnum(s[i]) ? 1 : 0;
  auto d = utf8::Decode(s, i);
  if (!d.valid || IsEmojiComponent(d.cp)) return 0;
  if (d.cp == utf8::kReplacement) return d.size;  // a broken character stays inside its word
  auto c = static_cast<UChar32>(d.cp);
  if ((U_MASK(u_charType(c)) & (U_GC_L_MASK | U_GC_M_MASK | U_GC_ND_MASK | U_GC_NO_MASK)) == 0) {
    return 0;
  }
  if (script != nullptr) {
    UErrorCode status = U_ZERO_ERROR;
    switch (uscript_getScript(c, &status)) {
      case USCRIPT_THAI:
      case USCRIPT_LAO:
      case USCRIPT_KHMER:
      case USCRIPT_MYANMAR:
      case USCRIPT_HAN:
      case USCRIPT_HIRAGANA:
      case USCRIPT_KATAKANA:
        *script = Script::kDictionary;
        break;
      case USCRIPT_INHERITED:
      case USCRIPT_COMMON:
        *script = Script::kNone;
        break;
      default:
        break;
    }
  }
  return d.size;
}

// End of the word starting at pos. A word never mixes a script written without spaces with
// others ("2021年" is "2021" then "年"), so ICU only ever sees runs it must split.
size_t WordEnd(std::string_view s, size_t pos, bool& dictionary_script) {
  size_t i = pos;
  Script word = Script::kNone;
  while (i < s.size()) {
    Script script;
    if (size_t n = WordCharAt(s, i, &script)) {
      if (script != Script::kNone) {
        if (word != Script::kNone && script != word) break;
        word = script;
      }
      i += n;
      continue;
    }
    char c = s[i];
    bool joiner = c == '-' || c == '\'' || c == '_';
    if (joiner && i > pos && word != Script::kDictionary && WordCharAt(s, i + 1, &script) != 0 &&
        script != Script::kDictionary) {
      ++i;
      continue;
    }
    break;
  }
  dictionary_script = word == Script::kDictionary;
  return i;
}

// Scripts written without spaces: ICU's dictionary word break finds their words.
void SplitDictionaryWord(std::string_view s, size_t begin, size_t end, std::vector<Piece>& out) {
  thread_local std::unique_ptr<icu::BreakIterator> words;
  UErrorCode status = U_ZERO_ERROR;
  if (!words) words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  UText* text =
      utext_openUTF8(nullptr, s.data() + begin, static_cast<int64_t>(end - begin), &status);
  if (U_FAILURE(status) || !words) {
    utext_close(text);
    out.push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(end), TokenType::kWord});
    return;
  }
  words->setText(text, status);
  int32_t prev = words->first();
  for (int32_t next = words->next(); next != icu::BreakIterator::DONE; next = words->next()) {
    out.push_back({static_cast<uint32_t>(begin + prev), static_cast<uint32_t>(begin + next),
                   TokenType::kWord});
    prev = next;
  }
  utext_close(text);
}

void Add(std::vector<Piece>& pieces, size_t begin, size_t length, TokenType type) {
  pieces.push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(begin + length), type});
}

bool IsPunctuation(char32_t c) {
  return (U_MASK(u_charType(static_cast<UChar32>(c))) & U_GC_P_MASK) != 0;
}

}  // namespace

void Segmenter::Segment(std::string_view s, std::vector<Piece>& pieces) const {
  pieces.clear();
  size_t pos = 0;
  std::string_view previous;  // the last word: "pukul" before a time
  ScanState state;
  state.next_at = s.find('@');
  while (pos < s.size()) {
    char c = s[pos];
    if (c == ' ') {
      ++pos;
      continue;
    }
    if (c == '\\' && pos + 1 < s.size() &&
        (s[pos + 1] == 'n' || s[pos + 1] == 't' || s[pos + 1] == 'r')) {
      pos += 2;  // a "\n" that a dump wrote as two characters separates words
      continue;
    }
    size_t before = pieces.size();
    pos = static_cast<unsigned char>(c) < 0x80 ? ScanAscii(s, pos, previous, state, pieces)
                                               : ScanNonAscii(s, pos, pieces);
    if (pieces.size() > before) {
      const Piece& last = pieces.back();
      previous = last.type == TokenType::kWord ? s.substr(last.begin, last.end - last.begin)
                                               : std::string_view();
    }
  }
}

size_t Segmenter::ScanAscii(std::string_view s, size_t pos, std::string_view previous,
                            ScanState& state, std::vector<Piece>& pieces) const {
  const char c = s[pos];
  const bool utf8_next = pos + 1 < s.size() && static_cast<unsigned char>(s[pos + 1]) >= 0x80;
  if (utf8_next && (IsAsciiDigit(c) || c == '#' || c == '*')) {  // keycap: 1️⃣
    if (size_t n = EntityScanner::MatchEmoji(s, pos)) {
      Add(pieces, pos, n, TokenType::kEmoji);
      return pos + n;
    }
  }
  if (IsAsciiDigit(c) || c == '+' || c == '(') {
    auto m = EntityScanner::MatchNumeric(s, pos, previous);
    if (m.length > 0) {
      Add(pieces, pos, m.length, m.type);
      return pos + m.length;
    }
  }
  if (IsAsciiAlnum(c)) return ScanAlnum(s, pos, previous, state, pieces);
  size_t n = 0;
  TokenType type = TokenType::kPunctuation;
  if (c == '@') {
    n = EntityScanner::MatchMention(s, pos), type = TokenType::kMention;
  } else if (c == '#') {
    n = EntityScanner::MatchHashtag(s, pos), type = TokenType::kHashtag;
  } else if (c == '&' && preserve_) {
    n = EntityScanner::MatchHtmlEntity(s, pos), type = TokenType::kPunctuation;
  } else if (c == '<' && preserve_) {
    char32_t cp = 0;
    n = EntityScanner::MatchCodePointEscape(s, pos, cp);
    type = IsEmojiComponent(cp) ? TokenType::kEmoji : TokenType::kOther;
  }
  if (n == 0) n = EntityScanner::MatchEmoticon(s, pos), type = TokenType::kEmoticon;
  if (n == 0) {  // a run of one punctuation mark: "...", "!!!"
    n = 1;
    while (pos + n < s.size() && s[pos + n] == c) ++n;
    type = TokenType::kPunctuation;
  }
  Add(pieces, pos, n, type);
  return pos + n;
}

size_t Segmenter::ScanAlnum(std::string_view s, size_t pos, std::string_view, ScanState& state,
                            std::vector<Piece>& pieces) const {
  if (utf8::IsAsciiAlpha(s[pos])) {  // the fast path: most tokens are plain ASCII words
    if (size_t end = PlainWordEnd(s, pos)) {
      Add(pieces, pos, end - pos, TokenType::kWord);
      return end;
    }
  }
  auto add = [&](size_t n, TokenType type) {
    Add(pieces, pos, n, type);
    return pos + n;
  };
  const bool scheme =
      utf8::StartsWithNoCase(s, pos, "http") || utf8::StartsWithNoCase(s, pos, "www.");
  if (scheme || pos >= state.no_bare_url_before) {
    size_t host_end = pos;
    if (size_t n = EntityScanner::MatchUrl(s, pos, &host_end)) return add(n, TokenType::kUrl);
    if (!scheme) state.no_bare_url_before = host_end;
  }
  if (state.next_at != std::string_view::npos && state.next_at < pos)
    state.next_at = s.find('@', pos);
  if (state.next_at != std::string_view::npos && state.next_at - pos <= 64) {
    if (size_t n = EntityScanner::MatchEmail(s, pos)) return add(n, TokenType::kEmail);
  }
  if (IsAsciiAlpha(s[pos])) {
    size_t skip = 0;
    if (size_t n = EntityScanner::MatchCurrency(s, pos, preserve_, skip)) {
      Add(pieces, pos, n, TokenType::kCurrency);
      return pos + n + skip;
    }
    if (size_t n = scanner_->MatchAbbreviation(s, pos)) return add(n, TokenType::kAbbreviation);
    if (size_t n = EntityScanner::MatchEmoticon(s, pos)) return add(n, TokenType::kEmoticon);
  }
  bool dictionary_script = false;
  size_t end = WordEnd(s, pos, dictionary_script);
  if (dictionary_script) {
    SplitDictionaryWord(s, pos, end, pieces);
  } else {
    Add(pieces, pos, end - pos, TokenType::kWord);
  }
  return end;
}

size_t Segmenter::ScanNonAscii(std::string_view s, size_t pos, std::vector<Piece>& pieces) const {
  if (size_t n = EntityScanner::MatchEmoji(s, pos)) {
    Add(pieces, pos, n, TokenType::kEmoji);
    return pos + n;
  }
  bool dictionary_script = false;
  if (WordCharAt(s, pos) != 0) {
    size_t end = WordEnd(s, pos, dictionary_script);
    if (dictionary_script) {
      SplitDictionaryWord(s, pos, end, pieces);
    } else {
      Add(pieces, pos, end - pos, TokenType::kWord);
    }
    return end;
  }
  auto d = utf8::Decode(s, pos);
  if (d.cp == 0x200D || d.cp == 0xFE0F || d.cp == 0xFE0E || d.cp == 0x20E3 ||
      (d.cp >= 0xE0020 && d.cp <= 0xE007F)) {
    return pos + d.size;  // a stray emoji joiner or selector is invisible: dropped
  }
  if (d.valid && IsPunctuation(d.cp)) {
    size_t end = pos + d.size;
    while (s.compare(end, d.size, s.substr(pos, d.size)) == 0 && end < s.size()) end += d.size;
    Add(pieces, pos, end - pos, TokenType::kPunctuation);
    return end;
  }
  Add(pieces, pos, d.size, TokenType::kOther);
  return pos + d.size;
}

}  // namespace liputan
