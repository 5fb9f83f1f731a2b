#include "common/error.h"
#include "common/notice.h"
#include "corpora/csv_parser.h"
#include "corpora/readers/csv_post_mapping.h"
#include "corpora/readers/record_reader.h"
#include "corpora/text_input.h"

namespace liputan {
namespace {

// At most `bytes` of a UTF-8 name, cut at a character boundary.
std::string Shortened(const std::string& name, size_t bytes) {
  if (name.size() <= bytes) return name;
  while (bytes > 0 && (static_cast<unsigned char>(name[bytes]) & 0xC0) == 0x80) --bytes;
  return name.substr(0, bytes) + "...";
}

// "\"a\", \"b\", ..." for a message: the first few columns, each cut short (the "header" of a
// file that is not CSV may be one long line, or thousands of columns).
std::string ColumnList(const std::vector<std::string>& header) {
  constexpr size_t kShown = 8;
  std::string out;
  for (size_t i = 0; i < header.size() && i < kShown; ++i) {
    out += (i == 0 ? "\"" : ", \"") + Shortened(header[i], 40) + "\"";
  }
  if (header.size() > kShown) out += ", ... " + std::to_string(header.size()) + " in all";
  return out;
}

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
    if (!mapping_->ColumnOf("id")) UseSyntheticIds(header);
  }

  bool Next(Post& post) override {
    if (!mapping_) return false;
    while (parser_.Next(row_)) {
      if (Convert(post)) return true;
    }
    return false;
  }

 private:
  // A hand-made export or a labeled set often has no id column. Its posts get the id FILE:LINE
  // (the file as named, the line on which the record starts; docs/formats.md §3.4): stable over
  // runs, unique within the file, and the same scheme as classify's plain-text lines. A header
  // with neither an id nor a text column is not a post export at all (a README.txt in a zip,
  // random text): unusable.
  void UseSyntheticIds(const std::vector<std::string>& header) {
    if (!mapping_->ColumnOf("text")) {
      throw Error(ErrorCode::kData,
                  "unusable header: no id or text column (columns: " + ColumnList(header) +
                      "); name them with --map id=COLUMN --map text=COLUMN",
                  LineLocation(parser_.name(), parser_.line_number()));
    }
    synthetic_ids_ = true;
    Notice(
        parser_.name() + ": no id column: each post gets the id \"" + parser_.name() +
        ":LINE\", LINE being the line its record starts on (--map id=COLUMN names an id column)");
  }

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
    if (synthetic_ids_) post.id = LineLocation(parser_.name(), parser_.line_number());
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
  bool synthetic_ids_ = false;
};

}  // namespace

std::unique_ptr<RecordReader> MakeCsvRecordReader(std::unique_ptr<ByteSource> source,
                                                  RecordReaderContext context) {
  return std::make_unique<CsvRecordReader>(std::move(source), context);
}

}  // namespace liputan
