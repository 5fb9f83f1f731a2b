#pragma once

// Internal to corpora/: the per-file readers behind PostReader.

#include <memory>
#include <string>
#include <vector>

#include "common/byte_source.h"
#include "corpora/diagnostics.h"
#include "corpora/post.h"
#include "corpora/post_reader.h"
#include "corpora/readers/tweet_json.h"

namespace liputan {

// Streams the posts of one file (or zip member) in one format. Bad records go to the log (which
// throws under OnError::kFail); Next() then moves on to the following record.
class RecordReader {
 public:
  virtual ~RecordReader() = default;
  virtual bool Next(Post& post) = 0;
};

struct RecordReaderContext {
  const PostReaderOptions* options = nullptr;
  DiagnosticLog* log = nullptr;
  const tweet_json::ArchiveAccount* account = nullptr;  // for tweets.js
};

// JSON formats (liputan, twarc2, twarc2-flat, v1, tweets-js). `head` is the start of the input
// (for choosing lines or structural splitting).
std::unique_ptr<RecordReader> MakeJsonRecordReader(std::unique_ptr<ByteSource> source,
                                                   const std::string& head, InputFormat format,
                                                   RecordReaderContext context);

// CSV/TSV exports with a header row.
std::unique_ptr<RecordReader> MakeCsvRecordReader(std::unique_ptr<ByteSource> source,
                                                  RecordReaderContext context);

// Reads data/account.js (the archive owner); empty fields when it cannot be read.
tweet_json::ArchiveAccount ReadArchiveAccount(std::unique_ptr<ByteSource> source);

}  // namespace liputan
