#include "corpora/text_input.h"

#include <simdjson.h>

#include <cstring>

#include "common/archive_source.h"
#include "common/error.h"
#include "common/string_source.h"
#include "common/transcoding_source.h"

namespace liputan {
namespace {

constexpr size_t kHeadBytes = 64u << 10;

bool StartsWith(const std::string& s, const char* prefix, size_t n) {
  return s.size() >= n && std::memcmp(s.data(), prefix, n) == 0;
}

}  // namespace

const char kEncodingHint[] =
    " (if the file is not UTF-8, name its encoding, e.g. --encoding windows-1252)";

bool IsValidUtf8(std::string_view text) {
  return simdjson::validate_utf8(text.data(), text.size());
}

TextInput OpenTextInput(std::unique_ptr<ByteSource> raw, const std::string& encoding) {
  std::unique_ptr<ByteSource> source = MakeTranscodingSource(std::move(raw), encoding);
  std::string head(kHeadBytes, '\0');
  size_t got = 0;
  while (got < head.size()) {
    size_t n = source->Read(head.data() + got, head.size() - got);
    if (n == 0) break;
    got += n;
  }
  head.resize(got);
  if (encoding.empty() && (StartsWith(head, "\xFF\xFE", 2) || StartsWith(head, "\xFE\xFF", 2))) {
    throw Error(ErrorCode::kData,
                "the file is UTF-16 or UTF-32 (byte order mark); pass --encoding UTF-16 "
                "(or UTF-32) to read it",
                source->name());
  }
  if (StartsWith(head, "\xEF\xBB\xBF", 3)) head.erase(0, 3);
  TextInput input;
  input.head = head;
  input.source = MakePrefixedSource(std::move(head), std::move(source));
  return input;
}

TextInput OpenTextInput(const std::string& path, const std::string& encoding) {
  return OpenTextInput(OpenInputSource(path), encoding);
}

}  // namespace liputan
