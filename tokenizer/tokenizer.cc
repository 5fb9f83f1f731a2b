#include "tokenizer/tokenizer.h"

#include <algorithm>

#include "common/error.h"
#include "tokenizer/clitic_splitter.h"
#include "tokenizer/elongation_reducer.h"
#include "tokenizer/entity_scanner.h"
#include "tokenizer/known_words.h"
#include "tokenizer/lexicon.h"
#include "tokenizer/normalizer.h"
#include "tokenizer/reduplication.h"
#include "tokenizer/segmenter.h"
#include "tokenizer/stemmer/stemmer.h"
#include "tokenizer/utf8.h"

namespace liputan {

namespace {

constexpr const char* kAbbreviations = "abbreviations.id.txt";
constexpr const char* kSlang = "slang.id.tsv";
constexpr const char* kStopwords = "stopwords.id.txt";
constexpr const char* kWordsExtra = "words_extra.id.txt";
// Per-thread line buffers are reused; past this size (a pathological line) they are released.
constexpr size_t kKeepBufferBytes = 1u << 20;

// What Explain shows besides the input and output.
struct Trace {
  std::string segments;
  std::string changes;
  std::string clitics;
  std::string dropped;
  std::string stems;
};

void AppendWord(std::string& s, std::string_view word) {
  if (!s.empty()) s.push_back(' ');
  s.append(word);
}

size_t LongestLine(std::string_view content) {
  size_t longest = 0;
  for (auto line : lexicon::DataLines(content)) longest = std::max(longest, line.size());
  return longest;
}

void ValidateOptions(const TokenizerOptions& o) {
  if (o.preserve && (o.split_clitics || o.drop_stopwords || o.stem || o.drop_punctuation)) {
    throw Error(ErrorCode::kUsage,
                "preserve keeps every token as written, so it cannot be combined with clitic "
                "splitting, stopword or punctuation removal, or stemming");
  }
}

// A pronoun clitic the input capitalised stays as written, with the hyphen before it: PUEBI
// capitalises -Ku, -Mu, -Nya that stand for God, so "nyonya-Mu" -> nyonya -Mu and "kepada-Nyalah"
// -> kepada -Nya lah keep the reference a lower-cased "mu" would lose. `part` is the lower-case
// clitic at byte k of the normalised text, [begin, end) its bytes in `line`; begin moves back to
// the hyphen when one is kept. Empty when the clitic was not written so.
std::string_view WrittenPronoun(std::string_view line, const NormalizedText& norm, size_t k,
                                std::string_view part, size_t& begin, size_t end) {
  if (part != "ku" && part != "mu" && part != "nya") return {};
  if (end - begin != part.size()) return {};
  std::string_view original = line.substr(begin, part.size());
  if (original[0] < 'A' || original[0] > 'Z' || original.substr(1) != part.substr(1)) return {};
  if (k > 0 && norm.text[k - 1] == '-' && begin > 0 && line[begin - 1] == '-' &&
      norm.OriginalBegin(k - 1) == begin - 1) {
    begin -= 1;
    return line.substr(begin, part.size() + 1);
  }
  return original;
}

lexicon::WordSet StandardWords(const lexicon::WordMap& slang) {
  lexicon::WordSet words;
  slang.ForEach([&](std::string_view, const std::string& value) {
    size_t start = 0;
    while (start <= value.size()) {
      size_t end = std::min(value.find(' ', start), value.size());
      if (end > start) words.Insert(std::string_view(value).substr(start, end - start));
      start = end + 1;
    }
  });
  return words;
}

}  // namespace

struct Tokenizer::Impl {
  explicit Impl(const TokenizerOptions& o);

  // Runs the pipeline over one line and calls sink(text, type, begin, end) for each token.
  template <class Sink>
  void Run(std::string_view line, Sink&& sink, TokenizeStats* stats, Trace* trace) const;
  template <class Sink>
  void Word(std::string_view line, const NormalizedText& norm, const Piece& piece, Sink& sink,
            Trace* trace) const;
  // `written`: the token as the input wrote it (a capitalised pronoun clitic), emitted instead of
  // `word` and never stemmed; stopwords are still looked up as `word`.
  template <class Sink>
  void Final(std::string_view word, size_t begin, size_t end, Sink& sink, Trace* trace,
             std::string_view written = {}) const;

  TokenizerOptions options;
  Normalizer normalizer;
  lexicon::WordSet abbreviations;
  EntityScanner scanner;
  Segmenter segmenter;
  lexicon::WordMap slang;
  lexicon::WordSet standard;
  lexicon::WordSet stopwords;
  lexicon::WordSet extra;
  std::shared_ptr<const RootLexicon> roots;
  const Stemmer* stemmer = nullptr;
  KnownWords known_all;
  KnownWords known_roots;
  ElongationReducer elongation{&known_all};
  CliticSplitter clitics{&known_roots};
  std::map<std::string, std::string> hashes;
};

Tokenizer::Impl::Impl(const TokenizerOptions& o)
    : options((ValidateOptions(o), o)),
      normalizer(o.preserve, o.invalid_utf8),
      abbreviations(
          lexicon::ParseWordList(kAbbreviations, lexicon::EmbeddedContent(kAbbreviations))),
      scanner(&abbreviations, LongestLine(lexicon::EmbeddedContent(kAbbreviations))),
      segmenter(o.preserve, &scanner) {
  hashes[kAbbreviations] = lexicon::HashContent(lexicon::EmbeddedContent(kAbbreviations));
  if (o.preserve) return;  // segmentation only: no other lexicon is consulted
  for (const char* name : {kSlang, kStopwords, kWordsExtra}) {
    hashes[name] = lexicon::HashContent(lexicon::EmbeddedContent(name));
  }
  slang = lexicon::ParseWordMap(kSlang, lexicon::EmbeddedContent(kSlang));
  standard = StandardWords(slang);
  stopwords = lexicon::ParseWordList(kStopwords, lexicon::EmbeddedContent(kStopwords));
  extra = lexicon::ParseWordList(kWordsExtra, lexicon::EmbeddedContent(kWordsExtra));
  roots = RootLexicon::Default();
  hashes["root-lexicon"] = roots->content_hash();
  known_all = {roots.get(), &extra, &slang, &standard, &stopwords};
  known_roots = {roots.get(), &extra, nullptr, nullptr, nullptr};
  if (o.stem) stemmer = &Stemmer::Default();  // on the same RootLexicon::Default()
  // Derived bases ("masakan" in "masakanmu") are words the stemmer reaches from a root.
  if (o.split_clitics) clitics = CliticSplitter(&known_roots, &Stemmer::Default());
}

template <class Sink>
void Tokenizer::Impl::Run(std::string_view line, Sink&& sink, TokenizeStats* stats,
                          Trace* trace) const {
  thread_local NormalizedText norm;
  thread_local std::vector<Piece> pieces;
  thread_local std::string scratch;
  normalizer.Normalize(line, norm);
  if (stats != nullptr) stats->invalid_utf8 += norm.invalid_utf8;
  segmenter.Segment(norm.text, pieces);
  for (const Piece& p : pieces) {
    std::string_view text = norm.text.substr(p.begin, p.end - p.begin);
    size_t begin = norm.OriginalBegin(p.begin), end = norm.OriginalEnd(p.end);
    if (trace != nullptr) {
      AppendWord(trace->segments, std::string(TokenTypeName(p.type)) + ":" + std::string(text));
    }
    switch (p.type) {
      case TokenType::kWord:
        if (options.preserve) {
          sink(text, p.type, begin, end);
        } else {
          Word(line, norm, p, sink, trace);
        }
        break;
      case TokenType::kPunctuation:
        if (!options.drop_punctuation) sink(text, p.type, begin, end);
        break;
      case TokenType::kPhone:
        if (options.preserve) {  // "+62 812 3456": one token per group, spelling kept
          for (size_t start = 0; start < text.size();) {
            size_t stop = std::min(text.find(' ', start), text.size());
            sink(text.substr(start, stop - start), p.type, norm.OriginalBegin(p.begin + start),
                 norm.OriginalEnd(p.begin + stop));
            start = stop + 1;
          }
        } else {  // digits only: "0812-3456-7890" and "0812 3456 7890" give one token
          scratch.clear();
          for (char c : text) {
            if (utf8::IsAsciiDigit(c) || c == '+') scratch.push_back(c);
          }
          sink(scratch, p.type, begin, end);
        }
        break;
      case TokenType::kTime:
        scratch.assign(text);
        if (!options.preserve) std::replace(scratch.begin(), scratch.end(), '.', ':');
        sink(scratch, p.type, begin, end);
        break;
      case TokenType::kUrl:
      case TokenType::kEmail:
      case TokenType::kEmoticon: {  // case matters in links and ":D": kept when only case changed
        std::string_view original = line.substr(begin, end - begin);
        sink(original.size() == text.size() && utf8::IsPrintableAscii(original) ? original : text,
             p.type, begin, end);
        break;
      }
      default:
        sink(text, p.type, begin, end);
        break;
    }
  }
  if (norm.storage.capacity() > kKeepBufferBytes || pieces.capacity() > kKeepBufferBytes / 8) {
    norm = NormalizedText();  // that was a pathological line: give its memory back
    pieces = std::vector<Piece>();
  }
}

template <class Sink>
void Tokenizer::Impl::Word(std::string_view line, const NormalizedText& norm, const Piece& piece,
                           Sink& sink, Trace* trace) const {
  thread_local std::string shortened, expanded;
  const std::string_view text = norm.text.substr(piece.begin, piece.end - piece.begin);
  std::string_view word = text;
  bool digit_two = false, run_of_three = false;  // one pass decides which stages can apply
  for (size_t i = 0; i < word.size(); ++i) {
    digit_two |= word[i] == '2';
    run_of_three |= i >= 2 && word[i] == word[i - 1] && word[i] == word[i - 2];
  }
  auto repeated = digit_two ? Reduplication::Match(word) : std::nullopt;
  if (repeated) {  // "org2" → "orang-orang"
    std::string_view base = repeated->base;
    if (elongation.Reduce(base, shortened)) base = shortened;
    const std::string* standard_base = slang.Find(base);
    if (standard_base != nullptr && standard_base->find(' ') == std::string::npos) {
      base = *standard_base;
    }
    Reduplication::Expand(base, repeated->suffix, &known_all, expanded);
    word = expanded;
  } else if (run_of_three && elongation.Reduce(word, shortened)) {
    word = shortened;
  }
  if (const std::string* standard_form = slang.Find(word)) word = *standard_form;
  const bool changed = word.data() != text.data();
  if (changed && trace != nullptr) {
    AppendWord(trace->changes, std::string(text) + "→" + std::string(word));
  }
  const size_t begin = norm.OriginalBegin(piece.begin), end = norm.OriginalEnd(piece.end);
  if (!changed && !options.split_clitics) {  // the common case: one word, as written
    Final(word, begin, end, sink, trace);
    return;
  }
  thread_local std::vector<std::string_view> parts;
  for (size_t start = 0; start < word.size();) {
    size_t stop = std::min(word.find(' ', start), word.size());
    std::string_view part = word.substr(start, stop - start);
    start = stop + 1;
    if (part.empty()) continue;
    if (!options.split_clitics) {
      Final(part, begin, end, sink, trace);
      continue;
    }
    clitics.Split(part, parts);
    if (parts.size() > 1 && trace != nullptr) {
      std::string joined;
      for (auto x : parts) joined += (joined.empty() ? "" : "+") + std::string(x);
      AppendWord(trace->clitics, std::string(part) + "→" + joined);
    }
    for (size_t i = 0; i < parts.size(); ++i) {
      std::string_view x = parts[i];
      if (changed) {
        Final(x, begin, end, sink, trace);
      } else {  // the word is as written: each clitic gets its own offsets
        size_t k = piece.begin + (x.data() - text.data());
        size_t b = norm.OriginalBegin(k), e = norm.OriginalEnd(k + x.size());
        std::string_view written = i > 0 ? WrittenPronoun(line, norm, k, x, b, e) : "";
        Final(x, b, e, sink, trace, written);
      }
    }
  }
}

template <class Sink>
void Tokenizer::Impl::Final(std::string_view word, size_t begin, size_t end, Sink& sink,
                            Trace* trace, std::string_view written) const {
  if (options.drop_stopwords && stopwords.Contains(word)) {
    if (trace != nullptr) AppendWord(trace->dropped, word);
    return;
  }
  if (!written.empty()) {
    sink(written, TokenType::kWord, begin, end);
    return;
  }
  if (stemmer != nullptr) {  // "pelayanannya" -> "layan"
    std::string root = stemmer->Stem(word);
    if (trace != nullptr && root != word) {
      AppendWord(trace->stems, std::string(word) + "→" + root);
    }
    if (!root.empty()) {
      sink(root, TokenType::kWord, begin, end);
      return;
    }
  }
  sink(word, TokenType::kWord, begin, end);
}

Tokenizer::Tokenizer(const TokenizerOptions& options) : impl_(std::make_unique<Impl>(options)) {}
Tokenizer::~Tokenizer() = default;
Tokenizer::Tokenizer(Tokenizer&&) noexcept = default;
Tokenizer& Tokenizer::operator=(Tokenizer&&) noexcept = default;

std::vector<Token> Tokenizer::Tokenize(std::string_view line, TokenizeStats* stats) const {
  std::vector<Token> tokens;
  impl_->Run(
      line,
      [&](std::string_view text, TokenType type, size_t begin, size_t end) {
        tokens.push_back(Token{std::string(text), type, begin, end});
      },
      stats, nullptr);
  return tokens;
}

void Tokenizer::TokenizeToString(std::string_view line, std::string& out,
                                 TokenizeStats* stats) const {
  bool first = true;
  impl_->Run(
      line,
      [&](std::string_view text, TokenType, size_t, size_t) {
        if (!first) out.push_back(' ');
        out.append(text);
        first = false;
      },
      stats, nullptr);
}

std::string Tokenizer::Explain(std::string_view line) const {
  Trace trace;
  std::string output;
  impl_->Run(
      line, [&](std::string_view text, TokenType, size_t, size_t) { AppendWord(output, text); },
      nullptr, &trace);
  NormalizedText norm;
  impl_->normalizer.Normalize(line, norm);
  auto row = [](const char* stage, const std::string& value) {
    return std::string(stage) + std::string(12 - std::string_view(stage).size(), ' ') +
           (value.empty() ? "-" : value) + "\n";
  };
  return row("input", std::string(line)) + row("normalised", std::string(norm.text)) +
         row("segments", trace.segments) + row("indonesian", trace.changes) +
         row("clitics", options().split_clitics ? trace.clitics : "(off)") +
         row("stopwords", options().drop_stopwords ? trace.dropped : "(off)") +
         row("stem", options().stem ? trace.stems : "(off)") + row("output", output);
}

const TokenizerOptions& Tokenizer::options() const { return impl_->options; }

std::map<std::string, std::string> Tokenizer::LexiconHashes() const { return impl_->hashes; }

}  // namespace liputan
