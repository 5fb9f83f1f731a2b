#include "corpora/annotation_file.h"

#include <gtest/gtest.h>

#include "common/error.h"
#include "tests/support/cli_runner.h"

namespace liputan {
namespace {

using testing::ReadFile;
using testing::TempDir;
using testing::WriteFile;

AnnotationFile TwoRows() {
  AnnotationFile file;
  file.label_sets = {"sektor", "fungsi"};
  AnnotationRow a;
  a.id = "1790000000000000001";
  a.agency = "dinkes_kota";
  a.created_at = "2024-03-01T08:00:00Z";
  a.url = "https://twitter.com/dinkes_kota/status/1790000000000000001";
  a.text = "Vaksinasi gratis, \"Sabtu\" ini,\ndi Puskesmas | bawa KTP";
  a.strategy = "validate";
  a.stratum = "kesehatan|dinkes_kota";
  a.inclusion_p = 0.125;
  a.suggested = {{"sektor", "kesehatan"}, {"fungsi", "info_layanan"}};
  a.suggested_p = {{"sektor", 0.93}, {"fungsi", 0.61}};
  a.labels = {{"sektor", "kesehatan"}, {"fungsi", "edukasi_imbauan"}};
  a.status = "labeled";
  a.coder = "ana";
  AnnotationRow b = a;
  b.id = "posts.csv:7";
  b.url.clear();
  b.labels = {{"sektor", ""}, {"fungsi", ""}};
  b.status.clear();
  b.coder.clear();
  file.rows = {a, b};
  return file;
}

TEST(AnnotationFileTest, WriteThenReadGivesTheSameRows) {
  TempDir dir;
  AnnotationFile file = TwoRows();
  WriteAnnotationCsv(dir.File("a.csv"), file);
  AnnotationFile back = ReadAnnotationFile(dir.File("a.csv"));
  ASSERT_EQ(back.label_sets, file.label_sets);
  ASSERT_EQ(back.rows.size(), 2u);
  EXPECT_EQ(back.rows[0].text, file.rows[0].text);
  EXPECT_EQ(back.rows[0].stratum, "kesehatan|dinkes_kota");
  EXPECT_DOUBLE_EQ(back.rows[0].inclusion_p, 0.125);
  EXPECT_DOUBLE_EQ(back.rows[0].suggested_p.at("fungsi"), 0.61);
  EXPECT_EQ(back.rows[0].labels.at("fungsi"), "edukasi_imbauan");
  EXPECT_EQ(back.rows[1].id, "posts.csv:7");
  ASSERT_EQ(LabeledRows(back).size(), 1u);
  EXPECT_EQ(LabeledRows(back)[0]->id, "1790000000000000001");
  // Writing what was read gives the same bytes.
  WriteAnnotationCsv(dir.File("b.csv"), back);
  EXPECT_EQ(ReadFile(dir.File("a.csv")), ReadFile(dir.File("b.csv")));
}

TEST(AnnotationFileTest, ColumnsAddedInASpreadsheetAreKept) {
  TempDir dir;
  WriteFile(dir.File("a.csv"),
            "id,text,suggested_fungsi,fungsi,checked_by\n"
            "7,Banjir di Jalan Merdeka,darurat_bencana,darurat_bencana,rina\n"
            "8,Selamat Hari Guru,ucapan_peringatan,,\n");
  AnnotationFile file = ReadAnnotationFile(dir.File("a.csv"));
  ASSERT_EQ(file.label_sets, std::vector<std::string>{"fungsi"});
  ASSERT_EQ(file.extra_columns, std::vector<std::string>{"checked_by"});
  // Filled in by hand without a status: labeled all the same; the empty one is not.
  ASSERT_EQ(LabeledRows(file).size(), 1u);
  WriteAnnotationCsv(dir.File("b.csv"), file);
  AnnotationFile back = ReadAnnotationFile(dir.File("b.csv"));
  EXPECT_EQ(back.rows[0].extra.at("checked_by"), "rina");
}

TEST(AnnotationFileTest, HandMadeFileNamesItsLabelSets) {
  TempDir dir;
  WriteFile(dir.File("a.csv"), "id,text,sektor\n1,Jalan rusak,infrastruktur\n");
  EXPECT_THROW(ReadAnnotationFile(dir.File("a.csv")), Error);  // which column is a label?
  AnnotationFile file = ReadAnnotationFile(dir.File("a.csv"), {"sektor"});
  ASSERT_EQ(LabeledRows(file).size(), 1u);
}

ErrorCode CodeOf(const std::string& path, std::string& message) {
  try {
    ReadAnnotationFile(path);
  } catch (const Error& e) {
    message = e.what();
    return e.code();
  }
  return ErrorCode::kInternal;
}

TEST(AnnotationFileTest, BadFilesGetErrorsNamingFileAndLine) {
  TempDir dir;
  const std::string header = "id,text,suggested_fungsi,fungsi,status,inclusion_p\n";
  struct Case {
    std::string content, expected;
  } cases[] = {
      {"", "empty annotation file"},
      {header, "has no row"},
      {header + "1,ok,lainnya,lainnya,labeled,0.5\n2,short\n", "a.csv:3: 2 fields"},
      {header + "1,ok,lainnya,lainnya,done,0.5\n", "a.csv:2: status is \"done\""},
      {header + "1,ok,lainnya,lainnya,labeled,1.5\n", "a.csv:2: inclusion_p is \"1.5\""},
      {header + "1,\xff\xfe,lainnya,lainnya,labeled,0.5\n", "a.csv:2: invalid UTF-8"},
      {"tweet,label\nhalo,x\n", "no \"id\" column"},
      {header + "1,\"never closed,lainnya,,,\n", "a.csv"},
  };
  for (const auto& c : cases) {
    WriteFile(dir.File("a.csv"), c.content);
    std::string message;
    EXPECT_EQ(CodeOf(dir.File("a.csv"), message), ErrorCode::kData) << c.content;
    EXPECT_NE(message.find(c.expected), std::string::npos) << message;
  }
  std::string message;
  EXPECT_EQ(CodeOf(dir.File("missing.csv"), message), ErrorCode::kNoInput);
}

}  // namespace
}  // namespace liputan
