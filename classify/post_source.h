#pragma once

#include <memory>
#include <string>
#include <vector>

#include "corpora/diagnostics.h"
#include "corpora/post.h"
#include "corpora/post_reader.h"

namespace liputan {

// A stream of posts for the classify pipeline. Next() is only ever called from one thread.
// Per-record problems go to diagnostics() (which throws under OnError::kFail).
class PostSource {
 public:
  virtual ~PostSource() = default;
  virtual bool Next(Post& post) = 0;
  virtual const DiagnosticLog& diagnostics() const = 0;
};

// Reads line-oriented inputs in turn ("-" = stdin; compressed files decompressed): each line is a
// post of liputan's normalised JSONL (corpora/post_jsonl.h), or else a line of plain text, in
// which leading fastText "__label__x" tokens become the post's true labels (label set "label").
// Plain lines get the id "FILE:LINE". Blank lines are skipped; an unparsable JSONL line is a
// diagnostic. A file that gave diagnostics and no post, or more bad lines than the run's
// --max-bad-share, throws ErrorCode::kData naming it (corpora/input_health.h).
std::unique_ptr<PostSource> OpenTextLineSource(std::vector<std::string> paths, OnError on_error,
                                               const std::string& encoding = "");

// Reads archives of every format corpora/ knows (twarc2 pages and flattened, v1.1, tweets.js,
// CSV exports, liputan JSONL; plain or compressed; "-" = stdin) through PostReader.
std::unique_ptr<PostSource> OpenArchiveSource(std::vector<std::string> paths,
                                              const PostReaderOptions& options);

}  // namespace liputan
