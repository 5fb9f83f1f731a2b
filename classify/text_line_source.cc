#include <optional>

#include "classify/post_source.h"
#include "common/error.h"
#include "common/line_reader.h"
#include "corpora/input_health.h"
#include "corpora/post_jsonl.h"
#include "corpora/text_input.h"

namespace liputan {
namespace {

constexpr std::string_view kLabelPrefix = "__label__";

bool IsBlank(std::string_view line) {
  return line.find_first_not_of(" \t\r\f\v") == std::string_view::npos;
}

// "__label__a __label__b text" → true labels {a, b} and the text.
void ParseTextLine(std::string_view line, Post& post) {
  size_t pos = line.find_first_not_of(' ');
  while (pos != std::string_view::npos && line.substr(pos).starts_with(kLabelPrefix)) {
    size_t end = line.find_first_of(" \t", pos);
    if (end == std::string_view::npos) end = line.size();
    post.true_labels["label"].emplace_back(
        line.substr(pos + kLabelPrefix.size(), end - pos - kLabelPrefix.size()));
    pos = line.find_first_not_of(" \t", end);
  }
  post.text.assign(pos == std::string_view::npos ? std::string_view() : line.substr(pos));
}

class TextLineSource : public PostSource {
 public:
  TextLineSource(std::vector<std::string> paths, OnError on_error, std::string encoding)
      : paths_(std::move(paths)), encoding_(std::move(encoding)), log_(on_error), health_() {
    if (paths_.empty()) paths_.push_back("-");
  }

  bool Next(Post& post) override {
    std::string_view line;
    for (;;) {
      if (!reader_ && !OpenNext()) return false;
      try {
        if (!reader_->Next(line)) {
          reader_.reset();
          continue;
        }
      } catch (const LineTooLongError& e) {
        // One line over --max-record-bytes is one bad record, as in the JSONL readers.
        log_.Report({e.location(), 0, e.message()});
        continue;
      }
      if (IsBlank(line)) continue;
      post = Post();
      post.source_file = reader_->name();
      post.source_line = reader_->line_number();
      if (LooksLikePostJson(line) || line.front() == '{') {
        std::string error;
        if (!ParsePostJson(line, post, error)) {
          log_.Report({reader_->name(), reader_->line_number(), error});
          continue;
        }
        post.predictions.clear();
        post.source_file = reader_->name();
        post.source_line = reader_->line_number();
        health_.CountGood();
        return true;
      }
      ParseTextLine(line, post);
      post.id = reader_->location();
      health_.CountGood();
      return true;
    }
  }

  const DiagnosticLog& diagnostics() const override { return log_; }

 private:
  // Each file is judged once read, as PostReader judges its inputs (corpora/input_health.h): a
  // file of nothing but unparsable JSON lines fails instead of giving an empty output.
  bool OpenNext() {
    health_.End(log_);
    if (next_ >= paths_.size()) return false;
    const std::string& path = paths_[next_++];
    health_.Begin(path == "-" ? "<stdin>" : path, log_);
    TextInput input = OpenTextInput(path, encoding_);
    reader_.emplace(std::move(input.source));
    return true;
  }

  std::vector<std::string> paths_;
  std::string encoding_;
  DiagnosticLog log_;
  InputHealth health_;
  size_t next_ = 0;
  std::optional<LineReader> reader_;
};

}  // namespace

std::unique_ptr<PostSource> OpenTextLineSource(std::vector<std::string> paths, OnError on_error,
                                               const std::string& encoding) {
  return std::make_unique<TextLineSource>(std::move(paths), on_error, encoding);
}

}  // namespace liputan
