#include "common/error.h"
#include "corpora/csv_parser.h"
#include "corpora/readers/csv_post_mapping.h"
#include "corpora/readers/record_reader.h"
#include "corpora/text_input.h"

namespace liputan {
namespace {

class CsvRecordReader : public RecordReader {
 public:
  CsvRecordReader(std::unique_ptr<ByteSource> source, RecordReaderContext context)
      : parser_(std::move(source)), context_(context) {
    std::vector<std::string> header;
    if (!parser_.Next(header)) return;  // an empty file
    if (!parser_.record_problem().empty()) {
      throw Error(ErrorCode::kData, "unreadable header: " + parser_.record_problem(),
                  LineLocation(parser_.name(), parser_.line_number()));
    }
    // Column names become label-set names ("pred:SET", "label:SET") in every record; one that is
    // not UTF-8 would make records that cannot be written as JSON and read back (corpora_fuzz).
    for (const auto& name : header) {
      if (!IsValidUtf8(name)) {
        throw Error(ErrorCode::kData, std::string("invalid UTF-8 in the header") + kEncodingHint,
                    LineLocation(parser_.name(), parser_.line_number()));
      }
    }
    const PostReaderOptions& o = *context_.options;
    mapping_ = std::make_unique<CsvPostMapping>(header, o.column_map, o.label_fields, o.date_order);
    if (!mapping_->ColumnOf("id")) {
      throw Error(ErrorCode::kData,
                  "no id column in the header (looked for id, id_str, tweet_id, status_id; "
                  "name it with --map id=COLUMN)",
                  LineLocation(parser_.name(), parser_.line_number()));
    }
  }

  bool Next(Post& post) override {
    if (!mapping_) return false;
    while (parser_.Next(row_)) {
      if (Convert(post)) return true;
    }
    return false;
  }

 private:
  bool Bad(std::string message) {
    context_.log->Report({parser_.name(), parser_.line_number(), std::move(message)});
    return false;
  }

  bool Convert(Post& post) {
    if (!parser_.record_problem().empty()) return Bad(parser_.record_problem());
    for (const auto& cell : row_) {
      if (!IsValidUtf8(cell)) return Bad(std::string("invalid UTF-8") + kEncodingHint);
    }
    post = Post{};
    std::string error = mapping_->Apply(row_, post);
    if (!error.empty()) return Bad(error);
    if (post.id.empty()) return Bad("no id");
    if (post.source_file.empty()) {
      post.source_file = parser_.name();
      post.source_line = parser_.line_number();
    }
    return true;
  }

  CsvParser parser_;
  RecordReaderContext context_;
  std::unique_ptr<CsvPostMapping> mapping_;
  std::vector<std::string> row_;
};

}  // namespace

std::unique_ptr<RecordReader> MakeCsvRecordReader(std::unique_ptr<ByteSource> source,
                                                  RecordReaderContext context) {
  return std::make_unique<CsvRecordReader>(std::move(source), context);
}

}  // namespace liputan
