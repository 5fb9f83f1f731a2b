#include <optional>

#include "classify/post_source.h"
#include "common/error.h"
#include "common/line_reader.h"
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
      : paths_(std::move(paths)), encoding_(std::move(encoding)), log_(on_error) {
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
        return true;
      }
      ParseTextLine(line, post);
      post.id = reader_->location();
      return true;
    }
  }

  const DiagnosticLog& diagnostics() const override { return log_; }

 private:
  bool OpenNext() {
    if (next_ >= paths_.size()) return false;
    TextInput input = OpenTextInput(paths_[next_++], encoding_);
    reader_.emplace(std::move(input.source));
    return true;
  }

  std::vector<std::string> paths_;
  std::string encoding_;
  DiagnosticLog log_;
  size_t next_ = 0;
  std::optional<LineReader> reader_;
};

}  // namespace

std::unique_ptr<PostSource> OpenTextLineSource(std::vector<std::string> paths, OnError on_error,
                                               const std::string& encoding) {
  return std::make_unique<TextLineSource>(std::move(paths), on_error, encoding);
}

}  // namespace liputan
