#pragma once

#include <memory>
#include <string>
#include <vector>

#include "liputan/export.h"
#include "liputan/post.h"

namespace liputan {

struct ArchiveReaderOptions {
  // auto (sniffed per file) | liputan | twarc2 | twarc2-flat | v1 | tweets-js | csv
  std::string format = "auto";
  bool skip_bad_records = true;  // false: the first bad record throws Error(kData)
  bool drop_duplicates = true;   // drop posts whose id was read before
};

// Streams the Posts of tweet archives (docs/formats.md): twarc2 JSONL, v1.1 JSON, tweets.js,
// CSV and our own JSONL, plain or .gz/.zst/.bz2/.xz/.zip, one file after another. Memory holds one
// record at a time.
//
//   liputan::ArchiveReader reader({"tweets.jsonl.gz"});
//   liputan::Post post;
//   while (reader.Next(post)) { ... }
//
// Throws liputan::Error: kNoInput for a missing file, kUsage for an unknown format, kData for
// a bad record under skip_bad_records = false (or an input with no good record at all).
class LIPUTAN_API ArchiveReader {
 public:
  explicit ArchiveReader(std::vector<std::string> paths, ArchiveReaderOptions options = {});
  ~ArchiveReader();
  ArchiveReader(ArchiveReader&&) noexcept;
  ArchiveReader& operator=(ArchiveReader&&) noexcept;

  // Fills `post` with the next post and returns true, or returns false after the last one.
  bool Next(Post& post);

  long long posts() const;        // returned so far
  long long bad_records() const;  // skipped
  long long duplicates() const;   // dropped
  // The first skipped records' problems, "file:line: what" each.
  std::vector<std::string> diagnostics() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace liputan
