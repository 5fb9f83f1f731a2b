// libFuzzer target: the tokenizer under every option combination. The first input byte picks the
// options (bits: preserve, split_clitics, drop_stopwords, stem, drop_punctuation, reject invalid
// UTF-8); the rest is the line. 0xFF instead feeds the rest to TokenizerOptions::FromJson. Any
// crash, sanitizer report, exception other than liputan::Error or broken token contract aborts.
// (tests/tokenizer/tokenizer_fuzz covers three fixed modes; this one covers all 64.)
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "common/error.h"
#include "tokenizer/tokenizer.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

liputan::TokenizerOptions OptionsFor(unsigned bits) {
  liputan::TokenizerOptions o;
  o.preserve = bits & 1;
  o.split_clitics = bits & 2;
  o.drop_stopwords = bits & 4;
  o.stem = bits & 8;
  o.drop_punctuation = bits & 16;
  o.invalid_utf8 =
      (bits & 32) ? liputan::InvalidUtf8Policy::kReject : liputan::InvalidUtf8Policy::kReplace;
  return o;
}

// Built once per combination (loading lexicons is slow); nullptr when the combination is refused.
const liputan::Tokenizer* TokenizerFor(unsigned bits) {
  static std::unique_ptr<liputan::Tokenizer> cache[64];
  static bool tried[64];
  if (!tried[bits]) {
    tried[bits] = true;
    try {
      cache[bits] = std::make_unique<liputan::Tokenizer>(OptionsFor(bits));
    } catch (const liputan::Error& e) {
      Check(e.code() == liputan::ErrorCode::kUsage);  // preserve + a normalising stage
    }
  }
  return cache[bits].get();
}

void FuzzOptionsJson(std::string_view json) {
  try {
    liputan::TokenizerOptions o = liputan::TokenizerOptions::FromJson(std::string(json));
    Check(liputan::TokenizerOptions::FromJson(o.ToJson()) == o);
  } catch (const liputan::Error& e) {
    Check(e.code() == liputan::ErrorCode::kData);
  }
}

void FuzzLine(const liputan::Tokenizer& tokenizer, std::string_view line, bool reject) {
  std::vector<liputan::Token> tokens;
  try {
    tokens = tokenizer.Tokenize(line);
  } catch (const liputan::Error& e) {
    Check(reject && e.code() == liputan::ErrorCode::kData);
    return;
  }
  std::string joined;
  for (const auto& t : tokens) {
    Check(!t.text.empty() && t.begin <= t.end && t.end <= line.size());
    Check(t.text.find_first_of(" \t\n\r\v\f") == std::string::npos);
    Check(t.text.rfind("__label__", 0) != 0);
    if (!joined.empty()) joined += ' ';
    joined += t.text;
  }
  std::string fast;
  tokenizer.TokenizeToString(line, fast);
  Check(fast == joined);  // the classify fast path must agree with Tokenize
  if (line.size() < 512) tokenizer.Explain(line);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (data[0] == 0xFF) {
    FuzzOptionsJson(rest);
    return 0;
  }
  unsigned bits = data[0] & 63;
  if (const liputan::Tokenizer* tokenizer = TokenizerFor(bits))
    FuzzLine(*tokenizer, rest, bits & 32);
  return 0;
}
