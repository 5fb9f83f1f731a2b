#include "corpora/post_reader.h"

#include <simdjson.h>
#include <unistd.h>

#include <algorithm>
#include <optional>

#include "common/archive_source.h"
#include "common/error.h"
#include "corpora/id_set.h"
#include "corpora/input_health.h"
#include "corpora/post_jsonl.h"
#include "corpora/readers/json_record_splitter.h"
#include "corpora/readers/record_reader.h"
#include "corpora/text_input.h"

namespace liputan {
namespace {

constexpr std::pair<InputFormat, const char*> kFormatNames[] = {
    {InputFormat::kAuto, "auto"},     {InputFormat::kLiputan, "liputan"},
    {InputFormat::kTwarc2, "twarc2"}, {InputFormat::kTwarc2Flat, "twarc2-flat"},
    {InputFormat::kV1, "v1"},         {InputFormat::kTweetsJs, "tweets-js"},
    {InputFormat::kCsv, "csv"},
};

// Counts the bytes read through it (for throughput figures in stats).
class CountingSource : public ByteSource {
 public:
  CountingSource(std::unique_ptr<ByteSource> inner, long long& counter)
      : inner_(std::move(inner)), counter_(counter) {}
  size_t Read(char* buffer, size_t size) override {
    size_t n = inner_->Read(buffer, size);
    counter_ += static_cast<long long>(n);
    return n;
  }
  const std::string& name() const override { return inner_->name(); }

 private:
  std::unique_ptr<ByteSource> inner_;
  long long& counter_;
};

bool HasKey(simdjson::dom::element e, std::string_view key) {
  simdjson::dom::element v;
  return !e[key].get(v);
}

// Decides among the JSON formats from the keys of the first record.
InputFormat JsonFormatOf(simdjson::dom::element doc, std::string_view record) {
  if (HasKey(doc, "data")) return InputFormat::kTwarc2;
  if (LooksLikePostJson(record)) return InputFormat::kLiputan;
  for (const char* key : {"tweet", "id_str", "user", "full_text", "retweeted_status",
                          "extended_tweet", "in_reply_to_status_id", "favorite_count"}) {
    if (HasKey(doc, key)) return InputFormat::kV1;
  }
  for (const char* key : {"author_id", "public_metrics", "edit_history_tweet_ids", "author",
                          "referenced_tweets", "conversation_id", "__twarc"}) {
    if (HasKey(doc, key)) return InputFormat::kTwarc2Flat;
  }
  return InputFormat::kLiputan;  // {"id":..., "text":...} written by hand
}

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string BaseName(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// data/tweets.js, data/tweet.js, data/tweets-part1.js: the posts of a user archive.
bool IsArchiveTweetsMember(const std::string& name) {
  std::string base = BaseName(name);
  return base == "tweets.js" || base == "tweet.js" ||
         (base.rfind("tweets-part", 0) == 0 && EndsWith(base, ".js"));
}

bool IsDataMember(const std::string& name) {
  if (name.rfind("__MACOSX/", 0) == 0 || BaseName(name).rfind("._", 0) == 0) return false;
  for (const char* ext : {".jsonl", ".json", ".ndjson", ".csv", ".tsv", ".txt", ".js"}) {
    if (EndsWith(name, ext)) return true;
  }
  return false;
}

}  // namespace

InputFormat ParseInputFormat(const std::string& name) {
  for (const auto& [format, text] : kFormatNames) {
    if (name == text) return format;
  }
  throw Error(ErrorCode::kUsage, "unknown input format \"" + name +
                                     "\" (auto, liputan, twarc2, twarc2-flat, v1, tweets-js, csv)");
}

std::string InputFormatName(InputFormat format) {
  for (const auto& [f, text] : kFormatNames) {
    if (f == format) return text;
  }
  return "auto";
}

InputFormat SniffInputFormat(const std::string& head) {
  size_t i = head.find_first_not_of(" \t\r\n");
  if (i == std::string::npos) return InputFormat::kCsv;
  if (head.compare(i, 11, "window.YTD.") == 0) return InputFormat::kTweetsJs;
  if (head[i] != '{' && head[i] != '[') return InputFormat::kCsv;
  // Cut the first record out of the head and look at its keys.
  class HeadSource : public ByteSource {
   public:
    explicit HeadSource(const std::string& s) : s_(s) {}
    size_t Read(char* buffer, size_t size) override {
      size_t n = std::min(size, s_.size() - at_);
      std::copy_n(s_.data() + at_, n, buffer);
      at_ += n;
      return n;
    }
    const std::string& name() const override { return name_; }

   private:
    const std::string& s_;
    size_t at_ = 0;
    std::string name_ = "<head>";
  };
  try {
    JsonRecordSplitter splitter(std::make_unique<HeadSource>(head),
                                JsonRecordSplitter::Detect(head));
    std::string_view record;
    long long line = 0;
    simdjson::dom::parser parser;
    simdjson::dom::element doc;
    for (int n = 0; n < 3 && splitter.Next(record, line); ++n) {
      if (!parser.parse(record.data(), record.size(), false).get(doc) && doc.is_object()) {
        return JsonFormatOf(doc, record);
      }
    }
  } catch (const Error&) {
    // The head ends inside the first record (a huge pretty-printed page): guess from its text.
  }
  if (head.find("\"data\"") != std::string::npos) return InputFormat::kTwarc2;
  if (head.find("\"id_str\"") != std::string::npos) return InputFormat::kV1;
  return InputFormat::kTwarc2Flat;
}

class PostReader::Impl {
 public:
  Impl(std::vector<std::string> paths, PostReaderOptions options)
      : paths_(std::move(paths)),
        options_(std::move(options)),
        log_(options_.on_error, options_.kept_diagnostics),
        health_(options_.max_bad_share) {
    options_.max_field_bytes =
        OrRunCap(options_.max_field_bytes, ProcessInputLimits().max_field_bytes);
    options_.max_records = OrRunCap(options_.max_records, ProcessInputLimits().max_records);
  }

  bool Next(Post& post) {
    while (true) {
      if (!reader_ && !OpenNext()) return false;
      bool got = false;
      try {
        got = reader_->Next(post);
      } catch (const Error& e) {
        if (e.code() != ErrorCode::kData || log_.policy() == OnError::kFail) throw;
        // The file is cut short or broken past recovery: one diagnostic, then the next file.
        log_.Report({e.location().empty() ? current_name_ : e.location(), 0, e.message()});
      }
      if (!got) {
        CloseCurrent();
        continue;
      }
      CheckRecordCount(++records_read_ + log_.count(), options_.max_records,
                       LineLocation(post.source_file, post.source_line));
      if (post.text.size() > options_.max_field_bytes) {
        log_.Report({post.source_file, post.source_line,
                     FieldTooLongMessage("text", options_.max_field_bytes)});
        continue;
      }
      health_.CountGood();  // a duplicate was read well: it counts for its input
      if (options_.drop_duplicates && !ids_.Insert(post.id)) {
        ++stats_.duplicates;
        continue;
      }
      ++stats_.posts;
      ++stats_.posts_by_format[InputFormatName(current_format_)];
      return true;
    }
  }

  const PostReaderStats& stats() {
    stats_.bad_records = log_.count();
    return stats_;
  }
  const DiagnosticLog& log() const { return log_; }
  std::function<void(const std::string&, InputFormat)> file_callback;

 private:
  void CloseCurrent() {
    reader_.reset();
    stats_.bytes += bytes_;
    bytes_ = 0;
  }

  // Opens the next file, or the next wanted member of the open zip. False when all are done.
  bool OpenNext() {
    while (true) {
      if (zip_) {
        std::string member;
        while (zip_->NextMember(member)) {
          if (std::find(zip_wanted_.begin(), zip_wanted_.end(), member) == zip_wanted_.end()) {
            continue;
          }
          if (OpenSource(zip_->OpenMember(), account_ ? &*account_ : nullptr)) return true;
        }
        zip_.reset();
        account_.reset();
      }
      health_.End(log_);  // the previous input, a file or a whole zip, is read
      if (next_path_ >= paths_.size()) return false;
      const std::string& path = paths_[next_path_++];
      health_.Begin(path == "-" ? "<stdin>" : path, log_);
      if (path != "-" && SniffPacking(path) == Packing::kZip) {
        OpenZip(path);
        continue;
      }
      account_ = SiblingAccount(path);
      std::unique_ptr<ByteSource> source;
      try {
        source = OpenInputSource(path);
      } catch (const Error& e) {
        if (e.code() != ErrorCode::kData || log_.policy() == OnError::kFail) throw;
        log_.Report({e.location().empty() ? path : e.location(), 0, e.message()});
        continue;
      }
      if (OpenSource(std::move(source), account_ ? &*account_ : nullptr)) return true;
    }
  }

  // Chooses the members to read: the posts of a user archive if it is one, else every data file.
  void OpenZip(const std::string& path) {
    std::vector<std::string> names;
    {
      ZipReader lister(path);
      std::string member;
      while (lister.NextMember(member)) names.push_back(member);
    }
    zip_wanted_.clear();
    std::string account_member;
    for (const auto& n : names) {
      if (IsArchiveTweetsMember(n)) zip_wanted_.push_back(n);
      if (BaseName(n) == "account.js") account_member = n;
    }
    if (zip_wanted_.empty()) {
      for (const auto& n : names) {
        if (IsDataMember(n)) zip_wanted_.push_back(n);
      }
      // Its other members are read as data, and fail: say what is most likely missing.
      if (!account_member.empty()) {
        health_.set_hint("it looks like a Twitter archive without data/tweets.js");
      }
      // Unlike an empty file, a zip holding no data file at all is not an empty shard: the wrong
      // zip (photos, documents). One diagnostic, so that the zip fails as read nothing.
      if (zip_wanted_.empty()) {
        log_.Report(
            {path, 0, "no member to read (no tweets.js, no .jsonl/.json/.csv/.tsv/.txt/.js)"});
      }
    } else if (!account_member.empty()) {
      ZipReader reader(path);
      std::string member;
      while (reader.NextMember(member)) {
        if (member == account_member) {
          account_ = ReadArchiveAccount(reader.OpenMember());
          break;
        }
      }
    }
    zip_ = std::make_unique<ZipReader>(path);
  }

  // data/account.js beside an extracted tweets.js.
  std::optional<tweet_json::ArchiveAccount> SiblingAccount(const std::string& path) {
    if (path == "-" || !IsArchiveTweetsMember(path)) return std::nullopt;
    size_t slash = path.find_last_of('/');
    std::string sibling =
        (slash == std::string::npos ? "" : path.substr(0, slash + 1)) + "account.js";
    if (::access(sibling.c_str(), R_OK) != 0) return std::nullopt;
    return ReadArchiveAccount(OpenInputSource(sibling));
  }

  // Sniffs the format and makes the reader. False when the file could not be opened as data
  // (reported as a diagnostic under OnError::kSkip).
  bool OpenSource(std::unique_ptr<ByteSource> raw, const tweet_json::ArchiveAccount* account) {
    current_name_ = raw->name();
    try {
      auto counted = std::make_unique<CountingSource>(std::move(raw), bytes_);
      TextInput input = OpenTextInput(std::move(counted), options_.encoding);
      current_format_ =
          options_.format == InputFormat::kAuto ? SniffInputFormat(input.head) : options_.format;
      RecordReaderContext context{&options_, &log_, account};
      if (current_format_ == InputFormat::kCsv) {
        reader_ = MakeCsvRecordReader(std::move(input.source), context);
      } else {
        reader_ =
            MakeJsonRecordReader(std::move(input.source), input.head, current_format_, context);
      }
    } catch (const Error& e) {
      if (e.code() != ErrorCode::kData || log_.policy() == OnError::kFail) throw;
      log_.Report({e.location().empty() ? current_name_ : e.location(), 0, e.message()});
      CloseCurrent();
      return false;
    }
    ++stats_.files_by_format[InputFormatName(current_format_)];
    if (file_callback) file_callback(current_name_, current_format_);
    return true;
  }

  std::vector<std::string> paths_;
  PostReaderOptions options_;
  DiagnosticLog log_;
  InputHealth health_;
  long long records_read_ = 0;  // records parsed, good or duplicate (bad ones are in log_)
  PostReaderStats stats_;
  IdSet ids_;
  size_t next_path_ = 0;
  std::unique_ptr<RecordReader> reader_;
  std::string current_name_;
  InputFormat current_format_ = InputFormat::kAuto;
  long long bytes_ = 0;
  std::unique_ptr<ZipReader> zip_;
  std::vector<std::string> zip_wanted_;
  std::optional<tweet_json::ArchiveAccount> account_;
};

PostReader::PostReader(std::vector<std::string> paths, PostReaderOptions options)
    : impl_(std::make_unique<Impl>(std::move(paths), std::move(options))) {}
PostReader::~PostReader() = default;
bool PostReader::Next(Post& post) { return impl_->Next(post); }
const PostReaderStats& PostReader::stats() const { return impl_->stats(); }
const DiagnosticLog& PostReader::diagnostics() const { return impl_->log(); }
void PostReader::set_file_callback(std::function<void(const std::string&, InputFormat)> callback) {
  impl_->file_callback = std::move(callback);
}

}  // namespace liputan
