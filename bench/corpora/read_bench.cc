// Reads a JSONL file in one of three ways and prints records, bytes and seconds:
//   posts      PostReader → Post (what every liputan command does)
//   simdjson   a bare simdjson pass: parse_many over the file, touching each document's "id"
//   lines      simdjson DOM parse of each line read with LineReader (no conversion to Post)
// Peak memory is measured by run.sh around this process.
#include <simdjson.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>

#include "common/line_reader.h"
#include "corpora/post_reader.h"

namespace {

double Seconds(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr,
                 "usage: corpora_bench_read posts|simdjson|lines FILE [--keep-duplicates]\n");
    return 64;
  }
  std::string mode = argv[1];
  std::string path = argv[2];
  auto start = std::chrono::steady_clock::now();
  long long records = 0;
  long long bytes = 0;
  size_t checksum = 0;
  if (mode == "posts") {
    liputan::PostReaderOptions options;
    options.drop_duplicates = !(argc > 3 && std::strcmp(argv[3], "--keep-duplicates") == 0);
    liputan::PostReader reader({path}, options);
    liputan::Post post;
    while (reader.Next(post)) {
      ++records;
      checksum += post.text.size() + post.author_handle.size();
    }
    bytes = reader.stats().bytes;
  } else if (mode == "simdjson") {
    simdjson::padded_string json;
    if (simdjson::padded_string::load(path).get(json)) return 66;
    bytes = static_cast<long long>(json.size());
    simdjson::dom::parser parser;
    simdjson::dom::document_stream stream;
    if (parser.parse_many(json, 1u << 20).get(stream)) return 65;
    for (auto doc : stream) {
      simdjson::dom::element element;
      if (doc.get(element)) {
        std::fprintf(stderr, "simdjson: %s\n", simdjson::error_message(doc.error()));
        return 65;
      }
      std::string_view id;
      if (!element["id"].get_string().get(id)) checksum += id.size();
      ++records;
    }
  } else if (mode == "lines") {
    liputan::LineReader lines(liputan::OpenFileSource(path));
    simdjson::dom::parser parser;
    std::string_view line;
    while (lines.Next(line)) {
      simdjson::dom::element doc;
      bytes += static_cast<long long>(line.size()) + 1;
      if (parser.parse(line.data(), line.size(), true).get(doc)) continue;
      ++records;
      std::string_view id;
      if (!doc["id"].get_string().get(id)) checksum += id.size();
    }
  } else {
    return 64;
  }
  double s = Seconds(start);
  std::printf(
      "%s records=%lld bytes=%lld seconds=%.3f records_per_s=%.0f MB_per_s=%.1f check=%zu\n",
      mode.c_str(), records, bytes, s, records / s, bytes / s / 1e6, checksum);
  return 0;
}
