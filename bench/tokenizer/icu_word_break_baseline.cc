// The baseline of bench/tokenizer/run.sh: a bare ICU word BreakIterator pass over each line,
// writing the non-space segments joined by single spaces, one output line per input line. This is
// what a tokenizer that "just uses ICU" costs, with the same I/O shape as `liputan tokenize`.
// usage: icu_word_break_baseline < lines.txt > tokens.txt
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <cstdio>
#include <memory>
#include <string>

namespace {

bool IsSpace(const std::string& line, int32_t begin, int32_t end) {
  for (int32_t i = begin; i < end; ++i) {
    if (line[i] != ' ' && line[i] != '\t') return false;
  }
  return true;
}

}  // namespace

int main() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> words(
      icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status)) return 70;
  std::string line, out;
  UText* text = nullptr;
  char buffer[1 << 16];
  size_t n;
  std::string pending;
  auto process = [&](const std::string& l) {
    text = utext_openUTF8(text, l.data(), static_cast<int64_t>(l.size()), &status);
    words->setText(text, status);
    bool first = true;
    int32_t prev = words->first();
    for (int32_t next = words->next(); next != icu::BreakIterator::DONE; next = words->next()) {
      if (!IsSpace(l, prev, next)) {
        if (!first) out.push_back(' ');
        out.append(l, prev, next - prev);
        first = false;
      }
      prev = next;
    }
    out.push_back('\n');
    if (out.size() > (1 << 20)) {
      fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  };
  while ((n = fread(buffer, 1, sizeof buffer, stdin)) > 0) {
    pending.append(buffer, n);
    size_t start = 0;
    for (size_t nl; (nl = pending.find('\n', start)) != std::string::npos; start = nl + 1) {
      line.assign(pending, start, nl - start);
      process(line);
    }
    pending.erase(0, start);
  }
  if (!pending.empty()) process(pending);
  fwrite(out.data(), 1, out.size(), stdout);
  utext_close(text);
  return 0;
}
