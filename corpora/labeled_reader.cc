#include "corpora/labeled_reader.h"

#include <simdjson.h>

#include <algorithm>
#include <optional>

#include "common/error.h"
#include "common/line_reader.h"
#include "corpora/csv_parser.h"
#include "corpora/input_health.h"
#include "corpora/text_input.h"

namespace liputan {
namespace {

constexpr char kLabelPrefix[] = "__label__";
constexpr size_t kLabelPrefixSize = sizeof(kLabelPrefix) - 1;

std::string Trim(std::string_view s) {
  size_t b = 0;
  size_t e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

void AddLabel(std::vector<std::string>& labels, std::string label) {
  if (label.empty()) return;
  if (std::find(labels.begin(), labels.end(), label) == labels.end()) {
    labels.push_back(std::move(label));
  }
}

bool HasAnyLabel(const LabeledRecord& record) {
  for (const auto& [set, labels] : record.labels) {
    if (!labels.empty()) return true;
  }
  return false;
}

LabeledFormat SniffFormat(const std::string& head) {
  size_t i = head.find_first_not_of(" \t\r\n");
  if (i != std::string::npos && head[i] == '{') return LabeledFormat::kJsonl;
  if (head.compare(0, kLabelPrefixSize, kLabelPrefix) == 0) return LabeledFormat::kFastText;
  return LabeledFormat::kCsv;
}

std::string JoinNames(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + ("\"" + n + "\"");
  return out;
}

}  // namespace

LabeledFormat ParseLabeledFormat(const std::string& text) {
  if (text == "auto") return LabeledFormat::kAuto;
  if (text == "fasttext") return LabeledFormat::kFastText;
  if (text == "csv") return LabeledFormat::kCsv;
  if (text == "tsv") return LabeledFormat::kTsv;
  if (text == "jsonl") return LabeledFormat::kJsonl;
  throw Error(ErrorCode::kUsage,
              "unknown labeled-data format \"" + text + "\" (auto, fasttext, csv, tsv, jsonl)");
}

std::vector<std::string> SplitLabels(const std::string& cell, char separator) {
  std::vector<std::string> labels;
  size_t start = 0;
  while (start <= cell.size()) {
    size_t stop = cell.find(separator, start);
    if (stop == std::string::npos) stop = cell.size();
    AddLabel(labels, Trim(std::string_view(cell).substr(start, stop - start)));
    start = stop + 1;
  }
  return labels;
}

class LabeledReader::Impl {
 public:
  Impl(std::vector<std::string> paths, LabeledReaderOptions options)
      : paths_(std::move(paths)),
        options_(std::move(options)),
        log_(options_.on_error, options_.kept_diagnostics),
        health_(options_.max_bad_share) {
    if (options_.label_fields.empty()) options_.label_fields = {"label"};
    options_.max_field_bytes =
        OrRunCap(options_.max_field_bytes, ProcessInputLimits().max_field_bytes);
    options_.max_records = OrRunCap(options_.max_records, ProcessInputLimits().max_records);
  }

  bool Next(LabeledRecord& record) {
    while (true) {
      if (!lines_ && !csv_) {
        if (!OpenNext()) return false;
        if (!lines_ && !csv_) continue;  // an empty CSV file: nothing to read in it
      }
      std::optional<bool> got;
      try {
        got = csv_ ? NextCsv(record) : NextLine(record);
      } catch (const Error& e) {
        // A file cut short (truncated gzip): under skip, one diagnostic and the next file.
        if (e.code() != ErrorCode::kData || log_.policy() == OnError::kFail) throw;
        log_.Report({e.location().empty() ? file_ : e.location(), 0, e.message()});
        got = std::nullopt;
      }
      if (!got) {
        lines_.reset();
        csv_.reset();
        continue;
      }
      if (*got) {
        ++records_;
        health_.CountGood();
        CheckRecordCount(records_ + log_.count(), options_.max_records,
                         LineLocation(record.file, record.line));
        return true;
      }
    }
  }

  std::vector<std::string> label_sets() const {
    if (options_.format == LabeledFormat::kFastText) return {"label"};
    return options_.label_fields;
  }
  long long records() const { return records_; }
  DiagnosticLog& log() { return log_; }

 private:
  // Opens the next file; false when all are read.
  bool OpenNext() {
    health_.End(log_);  // the previous file is read
    if (next_path_ >= paths_.size()) return false;
    const std::string& path = paths_[next_path_++];
    health_.Begin(path == "-" ? "<stdin>" : path, log_);
    TextInput input;
    try {
      input = OpenTextInput(path, options_.encoding);
    } catch (const Error& e) {
      // A file whose start cannot be decompressed: under skip, one diagnostic, then the next.
      if (e.code() != ErrorCode::kData || log_.policy() == OnError::kFail) throw;
      log_.Report({e.location().empty() ? path : e.location(), 0, e.message()});
      return OpenNext();
    }
    file_ = input.source->name();
    format_ = options_.format == LabeledFormat::kAuto ? SniffFormat(input.head) : options_.format;
    if (format_ == LabeledFormat::kCsv || format_ == LabeledFormat::kTsv) {
      CsvOptions csv_options;
      if (format_ == LabeledFormat::kTsv) csv_options.delimiter = '\t';
      csv_ = std::make_unique<CsvParser>(std::move(input.source), csv_options);
      ReadHeader();
    } else {
      lines_ = std::make_unique<LineReader>(std::move(input.source));
    }
    return true;
  }

  void ReadHeader() {
    std::vector<std::string> header;
    if (!csv_->Next(header)) {
      csv_.reset();
      // Labeled data that is empty is almost always a mistake (wrong file, failed export): say so
      // (under --on-error skip it is counted and the next file is read).
      Bad(1, "empty file: no header and no records");
      return;
    }
    for (auto& h : header) {
      // Random bytes sniffed as CSV: say what is wrong instead of echoing the bytes as names.
      if (!IsValidUtf8(h)) {
        throw Error(ErrorCode::kData, std::string("invalid UTF-8 in the header") + kEncodingHint,
                    LineLocation(file_, csv_->line_number()));
      }
      h = Trim(h);
    }
    auto column = [&](const std::string& name) -> size_t {
      auto at = std::find(header.begin(), header.end(), name);
      if (at == header.end()) {
        throw Error(ErrorCode::kData,
                    "no column \"" + name + "\" in the header (columns: " + JoinNames(header) +
                        "); name the right one with --text-field / --label-field",
                    LineLocation(file_, csv_->line_number()));
      }
      return static_cast<size_t>(at - header.begin());
    };
    text_column_ = column(options_.text_field);
    label_columns_.clear();
    for (const auto& f : options_.label_fields) label_columns_.push_back(column(f));
  }

  void Bad(long long line, std::string message) { log_.Report({file_, line, std::move(message)}); }

  // nullopt at the end of the file; false for a skipped (bad or blank) record.
  std::optional<bool> NextCsv(LabeledRecord& record) {
    if (!csv_->Next(fields_)) return std::nullopt;
    long long line = csv_->line_number();
    if (!csv_->record_problem().empty()) {
      Bad(line, csv_->record_problem());
      return false;
    }
    size_t needed = text_column_;
    for (size_t c : label_columns_) needed = std::max(needed, c);
    if (fields_.size() <= needed) {
      Bad(line, "expected at least " + std::to_string(needed + 1) + " fields, found " +
                    std::to_string(fields_.size()));
      return false;
    }
    record.labels.clear();
    for (size_t i = 0; i < label_columns_.size(); ++i) {
      record.labels[options_.label_fields[i]] =
          SplitLabels(fields_[label_columns_[i]], options_.label_separator);
    }
    record.text = std::move(fields_[text_column_]);
    return Finish(record, line);
  }

  std::optional<bool> NextLine(LabeledRecord& record) {
    std::string_view line;
    try {
      if (!lines_->Next(line)) return std::nullopt;
    } catch (const LineTooLongError& e) {
      Bad(lines_->line_number(), e.message());  // one bad record; the next line is read
      return false;
    }
    long long number = lines_->line_number();
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) return false;
    record.labels.clear();
    bool ok = format_ == LabeledFormat::kJsonl ? ParseJsonLine(line, number, record)
                                               : ParseFastTextLine(line, number, record);
    if (!ok) return false;
    return Finish(record, number);
  }

  // fastText semantics: every whitespace-separated token starting with __label__ is a label,
  // the other tokens (joined by one space) are the text.
  bool ParseFastTextLine(std::string_view line, long long number, LabeledRecord& record) {
    std::vector<std::string>& labels = record.labels["label"];
    record.text.clear();
    size_t i = 0;
    while (i < line.size()) {
      size_t b = line.find_first_not_of(" \t\v\f\r", i);
      if (b == std::string_view::npos) break;
      size_t e = line.find_first_of(" \t\v\f\r", b);
      if (e == std::string_view::npos) e = line.size();
      std::string_view token = line.substr(b, e - b);
      if (token.substr(0, kLabelPrefixSize) == kLabelPrefix) {
        if (token.size() == kLabelPrefixSize) {
          Bad(number, "empty label \"__label__\"");
          return false;
        }
        AddLabel(labels, std::string(token.substr(kLabelPrefixSize)));
      } else {
        if (!record.text.empty()) record.text.push_back(' ');
        record.text.append(token);
      }
      i = e;
    }
    return true;
  }

  bool ParseJsonLine(std::string_view line, long long number, LabeledRecord& record) {
    simdjson::dom::element doc;
    auto error = parser_.parse(line.data(), line.size(), true).get(doc);
    if (error) {
      Bad(number, std::string("invalid JSON: ") + simdjson::error_message(error));
      return false;
    }
    if (!doc.is_object()) {
      Bad(number, "expected a JSON object");
      return false;
    }
    simdjson::dom::element text;
    if (doc[options_.text_field].get(text) || !text.is_string()) {
      Bad(number, "no string \"" + options_.text_field + "\"");
      return false;
    }
    record.text = std::string(std::string_view(text));
    for (const auto& field : options_.label_fields) {
      std::vector<std::string>& labels = record.labels[field];
      simdjson::dom::element value;
      if (doc[field].get(value)) continue;
      if (!JsonLabels(value, labels)) {
        Bad(number, "\"" + field + "\" must be a string, a number or an array of strings");
        return false;
      }
    }
    return true;
  }

  bool JsonLabels(simdjson::dom::element value, std::vector<std::string>& labels) {
    if (value.is_null()) return true;
    if (value.is_string()) {
      for (auto& l : SplitLabels(std::string(std::string_view(value)), options_.label_separator)) {
        AddLabel(labels, std::move(l));
      }
      return true;
    }
    if (value.is_int64() || value.is_uint64()) {
      AddLabel(labels, simdjson::to_string(value));
      return true;
    }
    if (!value.is_array()) return false;
    for (simdjson::dom::element item : value.get_array()) {
      if (!item.is_string()) return false;
      AddLabel(labels, Trim(std::string_view(item)));
    }
    return true;
  }

  bool Finish(LabeledRecord& record, long long line) {
    if (record.text.size() > options_.max_field_bytes) {
      Bad(line, FieldTooLongMessage("text", options_.max_field_bytes));
      return false;
    }
    if (!IsValidUtf8(record.text)) {
      Bad(line, std::string("invalid UTF-8 in the text") + kEncodingHint);
      return false;
    }
    for (const auto& [set, labels] : record.labels) {
      for (const auto& l : labels) {
        if (!IsValidUtf8(l)) {
          Bad(line, "invalid UTF-8 in a label of \"" + set + "\"" + kEncodingHint);
          return false;
        }
      }
    }
    if (Trim(record.text).empty()) {
      Bad(line, "empty text");
      return false;
    }
    if (!HasAnyLabel(record)) {
      Bad(line, "no label (label sets: " + JoinNames(label_sets()) + ")");
      return false;
    }
    record.file = file_;
    record.line = line;
    return true;
  }

  std::vector<std::string> paths_;
  LabeledReaderOptions options_;
  DiagnosticLog log_;
  InputHealth health_;
  size_t next_path_ = 0;
  std::string file_;
  LabeledFormat format_ = LabeledFormat::kAuto;
  std::unique_ptr<LineReader> lines_;
  std::unique_ptr<CsvParser> csv_;
  std::vector<std::string> fields_;
  size_t text_column_ = 0;
  std::vector<size_t> label_columns_;
  simdjson::dom::parser parser_;
  long long records_ = 0;
};

LabeledReader::LabeledReader(std::vector<std::string> paths, LabeledReaderOptions options)
    : impl_(std::make_unique<Impl>(std::move(paths), std::move(options))) {}
LabeledReader::~LabeledReader() = default;
bool LabeledReader::Next(LabeledRecord& record) { return impl_->Next(record); }
std::vector<std::string> LabeledReader::label_sets() const { return impl_->label_sets(); }
long long LabeledReader::records_read() const { return impl_->records(); }
const DiagnosticLog& LabeledReader::diagnostics() const { return const_cast<Impl&>(*impl_).log(); }
DiagnosticLog& LabeledReader::diagnostics() { return impl_->log(); }

}  // namespace liputan
