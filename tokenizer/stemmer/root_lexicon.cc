#include "tokenizer/stemmer/root_lexicon.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <filesystem>
#include <limits>

#include "common/error.h"
#include "common/hash64.h"
#include "common/line_reader.h"
#include "common/probe_hash.h"
#include "tokenizer/utf8.h"

namespace liputan {
namespace internal {
// Generated at build time from tokenizer/stemmer/lexicons/root_additions.id.txt.
extern const unsigned char kRootAdditionsData[];
extern const size_t kRootAdditionsSize;
}  // namespace internal

namespace {

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Why `line` cannot be a line of a word list, or empty when it can: a lexicon is UTF-8 text, so
// invalid UTF-8 or a control character (a NUL, say) means a binary or mis-encoded file, which must
// not silently become a list of junk "roots".
std::string BadText(std::string_view line) {
  for (size_t i = 0; i < line.size();) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7F) {
      return "control character at byte " + std::to_string(i + 1);
    }
    utf8::Decoded d = utf8::Decode(line, i);
    if (!d.valid) return "invalid UTF-8 at byte " + std::to_string(i + 1);
    i += d.size;
  }
  return {};
}

// Reads the words of a lexicon file (format in root_lexicon.h).
void ReadWords(const std::string& path, std::vector<std::string>& words) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    throw Error(ErrorCode::kNoInput, "cannot read lexicon: is a directory", path);
  }
  LineReaderOptions options;
  options.max_line_bytes = 1u << 20;
  LineReader reader(OpenFileSource(path), options);
  std::string_view line;
  while (reader.Next(line)) {
    if (reader.line_number() == 1 && line.starts_with("\xEF\xBB\xBF"))
      line.remove_prefix(3);                                     // BOM
    if (reader.line_number() == 1 && AllDigits(line)) continue;  // hunspell's entry count
    if (std::string bad = BadText(line); !bad.empty()) {
      throw Error(ErrorCode::kData, "not a word list: " + bad + " (expected UTF-8 text)",
                  reader.location());
    }
    std::string word = NormalizeLexiconLine(line);
    if (!word.empty()) words.push_back(std::move(word));
  }
}

// Adds our additions to `words`. A line "!word" removes a hunspell-id entry that is a derived
// form rather than a root ("!ketahu": "diketahui" should reach "tahu").
void ApplyBuiltInAdditions(std::vector<std::string>& words) {
  std::string_view text = RootLexicon::BuiltInAdditions();
  std::vector<std::string> removals;
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    bool remove = line.starts_with("!");
    std::string word = NormalizeLexiconLine(remove ? line.substr(1) : line);
    if (word.empty()) continue;
    (remove ? removals : words).push_back(std::move(word));
  }
  std::sort(removals.begin(), removals.end());
  std::erase_if(words, [&](const std::string& w) {
    return std::binary_search(removals.begin(), removals.end(), w);
  });
}

}  // namespace

std::string NormalizeLexiconLine(std::string_view line) {
  if (!line.empty() && line[0] == '#') return {};
  line = line.substr(0, line.find('/'));
  auto is_space = [](char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
  };
  while (!line.empty() && is_space(line.front())) line.remove_prefix(1);
  while (!line.empty() && is_space(line.back())) line.remove_suffix(1);
  std::string word(line);
  for (char& c : word) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return word;
}

RootLexicon::RootLexicon(const std::vector<std::string>& words, std::string description)
    : description_(std::move(description)) {
  std::vector<std::string> normalized;
  normalized.reserve(words.size());
  for (const auto& w : words) {
    std::string n = NormalizeLexiconLine(w);
    if (!n.empty()) normalized.push_back(std::move(n));
  }
  Build(std::move(normalized));
}

void RootLexicon::Build(std::vector<std::string> words) {
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  uint64_t hash = kFnv1a64Basis;
  size_t total = 0;
  for (const auto& w : words) {
    hash = Fnv1a64("\n", Fnv1a64(w, hash));
    total += w.size();
  }
  if (total > std::numeric_limits<uint32_t>::max()) {
    throw Error(ErrorCode::kData, "lexicon too large", description_);
  }
  content_hash_ = Fnv1a64Tag(hash);
  count_ = words.size();
  // Load factor at most 1/2 keeps probe sequences short.
  size_t capacity = std::bit_ceil(std::max<size_t>(16, words.size() * 2));
  slots_.assign(capacity, Slot{});
  mask_ = capacity - 1;
  arena_.reserve(total);
  for (const auto& w : words) {
    Slot slot{static_cast<uint32_t>(arena_.size()), static_cast<uint32_t>(w.size())};
    arena_ += w;
    size_t i = ProbeHash(w) & mask_;
    while (slots_[i].length != 0) i = (i + 1) & mask_;
    slots_[i] = slot;
  }
}

bool RootLexicon::Contains(std::string_view word) const {
  if (word.empty()) return false;
  size_t i = ProbeHash(word) & mask_;
  while (true) {
    const Slot& slot = slots_[i];
    if (slot.length == 0) return false;
    if (slot.length == word.size() &&
        std::memcmp(arena_.data() + slot.offset, word.data(), word.size()) == 0) {
      return true;
    }
    i = (i + 1) & mask_;
  }
}

size_t RootLexicon::memory_bytes() const {
  return sizeof(*this) + arena_.capacity() + slots_.capacity() * sizeof(Slot) +
         content_hash_.capacity() + description_.capacity();
}

std::string_view RootLexicon::BuiltInAdditions() {
  return std::string_view(reinterpret_cast<const char*>(internal::kRootAdditionsData),
                          internal::kRootAdditionsSize);
}

std::shared_ptr<const RootLexicon> RootLexicon::LoadDefault(const std::string& hunspell_path) {
  std::vector<std::string> words;
  ReadWords(hunspell_path, words);
  ApplyBuiltInAdditions(words);
  std::vector<std::string> none;
  auto lexicon = std::make_shared<RootLexicon>(none, hunspell_path + " + built-in additions");
  lexicon->Build(std::move(words));
  return lexicon;
}

std::shared_ptr<const RootLexicon> RootLexicon::Default() {
  // A function-local static is initialised once even under concurrent first calls; if loading
  // throws, the next call tries again.
  static const std::shared_ptr<const RootLexicon> lexicon = LoadDefault();
  return lexicon;
}

std::shared_ptr<const RootLexicon> RootLexicon::LoadFile(const std::string& path) {
  std::vector<std::string> words;
  ReadWords(path, words);
  std::vector<std::string> none;
  auto lexicon = std::make_shared<RootLexicon>(none, path);
  lexicon->Build(std::move(words));
  return lexicon;
}

}  // namespace liputan
