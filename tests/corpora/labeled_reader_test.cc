#include "corpora/labeled_reader.h"

#include <archive.h>
#include <archive_entry.h>
#include <gtest/gtest.h>

#include "common/error.h"
#include "tests/corpora/archive_writer.h"
#include "tests/support/cli_runner.h"

namespace liputan {
namespace {

using liputan::testing::TempDir;
using liputan::testing::WriteFile;
using Labels = std::vector<std::string>;

std::vector<LabeledRecord> ReadAll(const std::vector<std::string>& paths,
                                   LabeledReaderOptions options = {}, long long* bad = nullptr) {
  LabeledReader reader(paths, options);
  std::vector<LabeledRecord> out;
  LabeledRecord record;
  while (reader.Next(record)) out.push_back(record);
  if (bad) *bad = reader.diagnostics().count();
  return out;
}

TEST(LabeledReader, ReadsFastTextFormat) {
  TempDir dir;
  WriteFile(dir.File("a.txt"),
            "__label__kesehatan __label__layanan Vaksinasi gratis di puskesmas\n"
            "\n"
            "__label__pendidikan  PPDB  dibuka hari ini\n");
  auto records = ReadAll({dir.File("a.txt")});
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].text, "Vaksinasi gratis di puskesmas");
  EXPECT_EQ(records[0].labels.at("label"), (Labels{"kesehatan", "layanan"}));
  EXPECT_EQ(records[0].line, 1);
  EXPECT_EQ(records[1].text, "PPDB dibuka hari ini");
  EXPECT_EQ(records[1].line, 3);
  EXPECT_EQ(records[1].file, dir.File("a.txt"));
}

TEST(LabeledReader, ReadsCsvWithSeveralLabelColumnsAndMultiLabelCells) {
  TempDir dir;
  WriteFile(dir.File("l.csv"),
            "id;text;sektor;fungsi\n"
            "1;\"Jalan rusak; segera\ndiperbaiki\";pu|perhubungan;layanan\n"
            "2;Upacara HUT RI;;seremoni\n");
  LabeledReaderOptions options;
  options.label_fields = {"sektor", "fungsi"};
  auto records = ReadAll({dir.File("l.csv")}, options);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].text, "Jalan rusak; segera\ndiperbaiki");
  EXPECT_EQ(records[0].labels.at("sektor"), (Labels{"pu", "perhubungan"}));
  EXPECT_EQ(records[0].labels.at("fungsi"), (Labels{"layanan"}));
  EXPECT_EQ(records[1].line, 4);
  EXPECT_TRUE(records[1].labels.at("sektor").empty());
  EXPECT_EQ(records[1].labels.at("fungsi"), (Labels{"seremoni"}));
}

TEST(LabeledReader, ReadsTsvAndJsonl) {
  TempDir dir;
  WriteFile(dir.File("l.tsv"), "label\ttext\npositive\tMantap, pelayanan cepat\n");
  WriteFile(dir.File("l.jsonl"),
            "{\"text\": \"Info banjir\", \"label\": [\"bencana\", \"info\"]}\n"
            "{\"text\": \"Lomba 17an\", \"label\": \"seremoni|budaya\"}\n"
            "{\"text\": \"Kode 3\", \"label\": 3}\n");
  auto records = ReadAll({dir.File("l.tsv"), dir.File("l.jsonl")});
  ASSERT_EQ(records.size(), 4u);
  EXPECT_EQ(records[0].text, "Mantap, pelayanan cepat");
  EXPECT_EQ(records[0].labels.at("label"), (Labels{"positive"}));
  EXPECT_EQ(records[1].labels.at("label"), (Labels{"bencana", "info"}));
  EXPECT_EQ(records[2].labels.at("label"), (Labels{"seremoni", "budaya"}));
  EXPECT_EQ(records[3].labels.at("label"), (Labels{"3"}));
  EXPECT_EQ(records[3].file, dir.File("l.jsonl"));
}

TEST(LabeledReader, CustomTextFieldAndExplicitFormat) {
  TempDir dir;
  WriteFile(dir.File("data.dat"), "tweet,kategori\nhalo,a\n");
  LabeledReaderOptions options;
  options.format = LabeledFormat::kCsv;
  options.text_field = "tweet";
  options.label_fields = {"kategori"};
  auto records = ReadAll({dir.File("data.dat")}, options);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].labels.at("kategori"), (Labels{"a"}));
}

TEST(LabeledReader, FailPolicyStopsAtFirstBadRecordNamingFileAndLine) {
  TempDir dir;
  WriteFile(dir.File("b.jsonl"),
            "{\"text\": \"ok\", \"label\": \"a\"}\n{\"text\": \"cut\", \"lab\n");
  try {
    ReadAll({dir.File("b.jsonl")});
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kData);
    EXPECT_EQ(e.location(), dir.File("b.jsonl") + ":2");
    EXPECT_NE(e.message().find("invalid JSON"), std::string::npos);
  }
}

TEST(LabeledReader, SkipPolicyCountsAndKeepsMessages) {
  TempDir dir;
  WriteFile(dir.File("b.txt"),
            "__label__a teks satu\n"
            "tanpa label\n"
            "__label__b\n"
            "__label__ kosong\n"
            "__label__c teks dua\n");
  LabeledReaderOptions options;
  options.on_error = OnError::kSkip;
  options.max_bad_share = 1;  // 3 of 5 bad: over the default share (MostlyBadFileFails)
  LabeledReader reader({dir.File("b.txt")}, options);
  std::vector<std::string> texts;
  LabeledRecord record;
  while (reader.Next(record)) texts.push_back(record.text);
  EXPECT_EQ(texts, (Labels{"teks satu", "teks dua"}));
  EXPECT_EQ(reader.records_read(), 2);
  ASSERT_EQ(reader.diagnostics().count(), 3);
  const auto& kept = reader.diagnostics().kept();
  EXPECT_EQ(kept[0].line, 2);
  EXPECT_NE(kept[0].message.find("no label"), std::string::npos);
  EXPECT_EQ(kept[1].line, 3);
  EXPECT_EQ(kept[1].message, "empty text");
  EXPECT_EQ(kept[2].line, 4);
}

TEST(LabeledReader, MissingColumnIsAClearErrorWhateverThePolicy) {
  TempDir dir;
  WriteFile(dir.File("c.csv"), "id,content,label\n1,x,a\n");
  LabeledReaderOptions options;
  options.on_error = OnError::kSkip;
  try {
    ReadAll({dir.File("c.csv")}, options);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kData);
    EXPECT_NE(e.message().find("no column \"text\""), std::string::npos);
    EXPECT_NE(e.message().find("\"content\""), std::string::npos);
  }
}

TEST(LabeledReader, ShortRowsAndInvalidUtf8AreBadRecords) {
  TempDir dir;
  WriteFile(dir.File("d.csv"), "text,label\nonly-one-field\ncaf\xE9,a\nbaik,b\n");
  LabeledReaderOptions options;
  options.on_error = OnError::kSkip;
  options.max_bad_share = 1;
  long long bad = 0;
  auto records = ReadAll({dir.File("d.csv")}, options, &bad);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].text, "baik");
  EXPECT_EQ(bad, 2);
}

TEST(LabeledReader, Latin1WithEncoding) {
  TempDir dir;
  WriteFile(dir.File("e.csv"), "text,label\ncaf\xE9 enak,kuliner\n");
  LabeledReaderOptions options;
  options.encoding = "latin1";
  auto records = ReadAll({dir.File("e.csv")}, options);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].text, "caf\xC3\xA9 enak");
}

TEST(LabeledReader, ReadsGzipInput) {
  TempDir dir;
  std::string plain = "__label__x satu dua\n__label__y tiga\n";
  // Compress with libarchive's raw writer so the test needs no external tool.
  archive* a = archive_write_new();
  archive_write_add_filter_gzip(a);
  archive_write_set_format_raw(a);
  ASSERT_EQ(archive_write_open_filename(a, dir.File("f.txt.gz").c_str()), ARCHIVE_OK);
  archive_entry* entry = archive_entry_new();
  archive_entry_set_filetype(entry, AE_IFREG);
  archive_write_header(a, entry);
  archive_write_data(a, plain.data(), plain.size());
  archive_entry_free(entry);
  archive_write_close(a);
  archive_write_free(a);
  auto records = ReadAll({dir.File("f.txt.gz")});
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[1].labels.at("label"), (Labels{"y"}));
}

TEST(LabeledReader, TruncatedGzipIsOneDiagnosticUnderSkipAndAnErrorUnderFail) {
  TempDir dir;
  std::string plain;
  for (int i = 0; i < 20000; ++i) {
    plain +=
        "__label__l" + std::to_string(i % 7) + " teks nomor " + std::to_string(i * 7919) + "\n";
  }
  liputan::testing::WriteCompressed(dir.File("full.txt.gz"), plain,
                                    liputan::testing::Filter::kGzip);
  std::string gz = liputan::testing::ReadFile(dir.File("full.txt.gz"));
  WriteFile(dir.File("cut.txt.gz"), gz.substr(0, gz.size() / 2));
  WriteFile(dir.File("next.txt"), "__label__a satu\n");
  LabeledReaderOptions options;
  options.on_error = OnError::kSkip;
  LabeledReader reader({dir.File("cut.txt.gz"), dir.File("next.txt")}, options);
  LabeledRecord record;
  long long n = 0;
  while (reader.Next(record)) ++n;
  EXPECT_GE(n, 2);  // the records before the cut, and the next file's
  EXPECT_LT(n, 20001);
  EXPECT_EQ(record.text, "satu") << "the next file is read";
  ASSERT_EQ(reader.diagnostics().count(), 1);
  EXPECT_NE(reader.diagnostics().kept()[0].message.find("truncated"), std::string::npos);
  EXPECT_THROW(ReadAll({dir.File("cut.txt.gz")}), Error);
}

// Issue 18: under skip, a file that gives nothing but bad records, or mostly bad ones, stops the
// read naming the file, instead of training or evaluating on what little is left.
std::string ReadError(const std::vector<std::string>& paths, LabeledReaderOptions options) {
  try {
    ReadAll(paths, options);
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kData);
    return e.what();
  }
  return "";
}

TEST(LabeledReader, FileWithNoGoodRecordFailsUnderSkip) {
  TempDir dir;
  WriteFile(dir.File("nolabel.txt"), "tanpa label\njuga tanpa\n");
  WriteFile(dir.File("good.txt"), "__label__a teks satu\n");
  LabeledReaderOptions options;
  options.on_error = OnError::kSkip;
  options.max_bad_share = 1;  // no share lets a file without a good record pass
  options.format = LabeledFormat::kFastText;
  std::string error = ReadError({dir.File("good.txt"), dir.File("nolabel.txt")}, options);
  EXPECT_NE(error.find("nolabel.txt: nothing could be read: 2 records bad, none good (first: "),
            std::string::npos)
      << error;
  EXPECT_NE(error.find("nolabel.txt:1: no label"), std::string::npos) << error;
  WriteFile(dir.File("empty.csv"), "");
  options.format = LabeledFormat::kAuto;
  error = ReadError({dir.File("empty.csv")}, options);
  EXPECT_NE(error.find("empty.csv: nothing could be read"), std::string::npos) << error;
}

TEST(LabeledReader, MostlyBadFileFailsUnderSkip) {
  TempDir dir;
  WriteFile(dir.File("m.txt"), "__label__a satu\ntanpa\ntanpa\n__label__b dua\ntanpa\n");
  LabeledReaderOptions options;
  options.on_error = OnError::kSkip;
  std::string error = ReadError({dir.File("m.txt")}, options);
  EXPECT_NE(error.find("m.txt: 3 records of 5 bad, more than --max-bad-share 0.5 allows"),
            std::string::npos)
      << error;
  options.max_bad_share = 0.6;
  long long bad = 0;
  EXPECT_EQ(ReadAll({dir.File("m.txt")}, options, &bad).size(), 2u);
  EXPECT_EQ(bad, 3);
}

TEST(LabeledReader, SplitLabelsTrimsAndDedups) {
  EXPECT_EQ(SplitLabels(" a| b ||a ", '|'), (Labels{"a", "b"}));
  EXPECT_TRUE(SplitLabels("", '|').empty());
}

TEST(LabeledReader, ParseOptions) {
  EXPECT_EQ(ParseLabeledFormat("jsonl"), LabeledFormat::kJsonl);
  EXPECT_THROW(ParseLabeledFormat("xml"), Error);
  EXPECT_EQ(ParseOnError("skip"), OnError::kSkip);
  EXPECT_THROW(ParseOnError("ignore"), Error);
}

}  // namespace
}  // namespace liputan
