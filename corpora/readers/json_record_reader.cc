#include <deque>

#include "common/error.h"
#include "corpora/labeled_reader.h"
#include "corpora/post_jsonl.h"
#include "corpora/readers/json_record_splitter.h"
#include "corpora/readers/record_reader.h"
#include "corpora/timestamp.h"

namespace liputan {
namespace {

using simdjson::dom::element;

class JsonRecordReader : public RecordReader {
 public:
  JsonRecordReader(std::unique_ptr<ByteSource> source, const std::string& head, InputFormat format,
                   RecordReaderContext context)
      : splitter_(std::move(source), JsonRecordSplitter::Detect(head)),
        format_(format),
        context_(context) {}

  bool Next(Post& post) override {
    while (queue_.empty()) {
      std::string_view record;
      try {
        if (!splitter_.Next(record, line_)) return false;
      } catch (const LineTooLongError& e) {
        // One JSONL line over the cap is one bad record; the lines after it are read.
        context_.log->Report({e.location(), 0, e.message()});
        continue;
      }
      Convert(record);
    }
    post = std::move(queue_.front());
    queue_.pop_front();
    return true;
  }

 private:
  void Bad(std::string message) {
    context_.log->Report({splitter_.name(), line_, std::move(message)});
  }

  void Convert(std::string_view record) {
    if (format_ == InputFormat::kLiputan) {
      Post post;
      std::string error;
      if (!ParsePostJson(record, post, error)) return Bad(error);
      if (post.source_file.empty()) {
        post.source_file = splitter_.name();
        post.source_line = line_;
      }
      queue_.push_back(std::move(post));
      return;
    }
    element doc;
    auto status = parser_.parse(record.data(), record.size(), false).get(doc);
    if (status) return Bad(std::string("invalid JSON: ") + simdjson::error_message(status));
    if (!doc.is_object()) return Bad("expected a JSON object");
    if (format_ == InputFormat::kTwarc2) return ConvertPage(doc);
    Post post;
    std::string error = format_ == InputFormat::kTwarc2Flat
                            ? tweet_json::ConvertV2Tweet(doc, nullptr, post)
                            : tweet_json::ConvertV1Status(doc, context_.account, post);
    if (!error.empty()) return Bad(error);
    Emit(doc, std::move(post));
  }

  // A twarc2 page: every tweet in "data", with authors and referenced tweets from "includes".
  void ConvertPage(element page) {
    element data;
    if (page["data"].get(data)) {
      // A page with only "errors" (all tweets deleted or protected) holds no posts.
      element errors;
      if (!page["errors"].get(errors)) return;
      return Bad("no \"data\" in a twarc2 page");
    }
    includes_.Index(page);
    std::optional<int64_t> observed;
    element twarc;
    if (!page["__twarc"].get(twarc)) {
      observed = ParseTimestamp(tweet_json::Str(twarc, "retrieved_at"));
    }
    auto one = [&](element tweet) {
      Post post;
      std::string error = tweet_json::ConvertV2Tweet(tweet, &includes_, post);
      if (!error.empty()) return Bad(error);
      if (!post.observed_at) post.observed_at = observed;
      Emit(tweet, std::move(post));
    };
    simdjson::dom::array tweets;
    if (!data.get_array().get(tweets)) {
      for (element tweet : tweets) one(tweet);
    } else {
      one(data);
    }
  }

  void Emit(element doc, Post post) {
    for (const auto& field : context_.options->label_fields) {
      std::string_view cell = tweet_json::Str(doc, field);
      if (!cell.empty()) post.true_labels[field] = SplitLabels(std::string(cell), '|');
    }
    post.source_file = splitter_.name();
    post.source_line = line_;
    queue_.push_back(std::move(post));
  }

  JsonRecordSplitter splitter_;
  InputFormat format_;
  RecordReaderContext context_;
  simdjson::dom::parser parser_;
  tweet_json::V2Includes includes_;
  std::deque<Post> queue_;
  long long line_ = 0;
};

}  // namespace

std::unique_ptr<RecordReader> MakeJsonRecordReader(std::unique_ptr<ByteSource> source,
                                                   const std::string& head, InputFormat format,
                                                   RecordReaderContext context) {
  return std::make_unique<JsonRecordReader>(std::move(source), head, format, context);
}

tweet_json::ArchiveAccount ReadArchiveAccount(std::unique_ptr<ByteSource> source) {
  tweet_json::ArchiveAccount account;
  JsonRecordSplitter splitter(std::move(source), JsonRecordSplitter::Layout::kStructural);
  std::string_view record;
  long long line = 0;
  simdjson::dom::parser parser;
  element doc;
  element inner;
  if (!splitter.Next(record, line) || parser.parse(record.data(), record.size(), false).get(doc)) {
    return account;
  }
  if (doc["account"].get(inner)) inner = doc;
  account.id = tweet_json::Str(inner, "accountId");
  account.handle = tweet_json::Str(inner, "username");
  account.name = tweet_json::Str(inner, "accountDisplayName");
  return account;
}

}  // namespace liputan
