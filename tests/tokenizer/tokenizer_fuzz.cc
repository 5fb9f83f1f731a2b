// libFuzzer target for the tokenizer (built with clang when LIPUTAN_SANITIZE is on, so ASan and
// UBSan watch it). Every input line, in every mode, must give tokens that keep the output
// contract; a violation aborts so the fuzzer saves the input.
//   build-asan/tests/tokenizer/tokenizer_fuzz -max_len=4096 corpus_dir/
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "tokenizer/tokenizer.h"

namespace {

const liputan::Tokenizer& Make(int mode) {
  static const liputan::Tokenizer tokenizers[] = {liputan::Tokenizer(), liputan::Tokenizer([] {
                                                    liputan::TokenizerOptions o;
                                                    o.preserve = true;
                                                    return o;
                                                  }()),
                                                  liputan::Tokenizer([] {
                                                    liputan::TokenizerOptions o;
                                                    o.split_clitics = o.drop_stopwords = o.stem =
                                                        true;
                                                    return o;
                                                  }())};
  return tokenizers[mode];
}

void Check(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view line(reinterpret_cast<const char*>(data), size);
  for (int mode = 0; mode < 3; ++mode) {
    for (const auto& t : Make(mode).Tokenize(line)) {
      Check(!t.text.empty() && t.begin <= t.end && t.end <= size);
      Check(t.text.find_first_of(" \t\n\r\v\f") == std::string::npos);
      Check(t.text.rfind("__label__", 0) != 0);
    }
  }
  return 0;
}
