// Micro-benchmarks of the tokenizer on typical tweet shapes (bytes/s per line kind). The
// end-to-end comparison against cat and ICU is bench/tokenizer/run.sh.
#include <benchmark/benchmark.h>

#include <string>

#include "tokenizer/tokenizer.h"

namespace {

const char* kAsciiTweet =
    "Info layanan @KominfoPemalang: pelayanan KTP-el buka pukul 08.00 WIB, yg blm dtg silakan "
    "cek bit.ly/layananPml #PemalangMelayani";
const char* kEmojiTweet =
    "Alhamdulillah vaksinasi hari ini lancar bangettt \xF0\x9F\x98\x8D\xF0\x9F\x91\x8D\xF0\x9F\x8F"
    "\xBD terima kasih nakes \xE2\x9D\xA4\xEF\xB8\x8F #SehatBersama";
const char* kEntityTweet =
    "Bantuan Rp300.000/bulan cair tgl 10/09/2021, hub (0285) 123456 atau 0812-3456-7890 &amp; "
    "humas@pemalangkab.go.id";

void Run(benchmark::State& state, const char* line, liputan::TokenizerOptions options) {
  liputan::Tokenizer tokenizer(options);
  std::string out;
  for (auto _ : state) {
    out.clear();
    tokenizer.TokenizeToString(line, out);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * std::string(line).size()));
}

liputan::TokenizerOptions Preserve() {
  liputan::TokenizerOptions o;
  o.preserve = true;
  return o;
}

liputan::TokenizerOptions Clitics() {
  liputan::TokenizerOptions o;
  o.split_clitics = true;
  return o;
}

BENCHMARK_CAPTURE(Run, ascii_default, kAsciiTweet, liputan::TokenizerOptions{});
BENCHMARK_CAPTURE(Run, ascii_preserve, kAsciiTweet, Preserve());
BENCHMARK_CAPTURE(Run, ascii_clitics, kAsciiTweet, Clitics());
BENCHMARK_CAPTURE(Run, emoji_default, kEmojiTweet, liputan::TokenizerOptions{});
BENCHMARK_CAPTURE(Run, emoji_preserve, kEmojiTweet, Preserve());
BENCHMARK_CAPTURE(Run, entities_default, kEntityTweet, liputan::TokenizerOptions{});

}  // namespace

BENCHMARK_MAIN();
