// libFuzzer target for every post reader and the parsers under them: arbitrary bytes go through
// format sniffing and the chosen reader (CSV, or the JSON formats as sniffed and as each forced
// format), the CSV parser, the JSONL schema parser and the date parser. Any crash, sanitizer
// report or exception other than liputan::Error is a bug. Built only with clang (see
// CMakeLists.txt); run: corpora_fuzz -max_total_time=60 tests/data/corpora/
#include <cstddef>
#include <cstdint>
#include <string>

#include "common/error.h"
#include "common/string_source.h"
#include "corpora/csv_parser.h"
#include "corpora/post_jsonl.h"
#include "corpora/post_reader.h"
#include "corpora/readers/record_reader.h"
#include "corpora/text_input.h"
#include "corpora/timestamp.h"

namespace {

void ReadAs(const std::string& data, liputan::InputFormat format) {
  liputan::PostReaderOptions options;
  liputan::DiagnosticLog log(liputan::OnError::kSkip, 4);
  liputan::RecordReaderContext context{&options, &log, nullptr};
  try {
    liputan::TextInput input = liputan::OpenTextInput(liputan::MakeStringSource(data, "fuzz"), "");
    if (format == liputan::InputFormat::kAuto) format = liputan::SniffInputFormat(input.head);
    auto reader =
        format == liputan::InputFormat::kCsv
            ? liputan::MakeCsvRecordReader(std::move(input.source), context)
            : liputan::MakeJsonRecordReader(std::move(input.source), input.head, format, context);
    liputan::Post post;
    for (int i = 0; i < 10000 && reader->Next(post); ++i) {
      std::string line = liputan::PostToJson(post);
      liputan::Post back;
      std::string error;
      if (!liputan::ParsePostJson(line, back, error) || !(back == post)) __builtin_trap();
    }
  } catch (const liputan::Error&) {
    // A clean refusal is fine.
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  std::string data(reinterpret_cast<const char*>(bytes), size);
  ReadAs(data, liputan::InputFormat::kAuto);
  ReadAs(data, liputan::InputFormat::kTwarc2);
  ReadAs(data, liputan::InputFormat::kV1);
  ReadAs(data, liputan::InputFormat::kLiputan);
  liputan::ParseTimestamp(data.substr(0, 64));
  try {
    liputan::CsvParser parser(liputan::MakeStringSource(data));
    std::vector<std::string> fields;
    while (parser.Next(fields)) {
    }
  } catch (const liputan::Error&) {
  }
  return 0;
}
