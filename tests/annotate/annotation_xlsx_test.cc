#include <archive.h>
#include <archive_entry.h>
#include <gtest/gtest.h>
#include <xlsxwriter.h>

#include <map>

#include "annotate/annotation_xlsx_writer.h"
#include "common/error.h"
#include "corpora/annotation_file.h"
#include "tests/support/cli_runner.h"

namespace liputan {
namespace {

using testing::ReadFile;
using testing::TempDir;
using testing::WriteFile;

AnnotationFile Sample() {
  AnnotationFile file;
  file.label_sets = {"sektor", "fungsi"};
  file.extra_columns = {"catatan_tim"};
  AnnotationRow a;
  a.id = "1790000000000000001";  // 19 digits: must survive as text, not as an Excel number
  a.agency = "dinkes_kota";
  a.created_at = "2024-03-01T08:00:00Z";
  a.url = "https://x.com/dinkes_kota/status/1790000000000000001";
  a.text = "Vaksinasi gratis, \"Sabtu\" ini,\ndi Puskesmas | bawa KTP 💉 _x0041_ <b>&amp;";
  a.strategy = "validate";
  a.stratum = "kesehatan|dinkes_kota";
  a.inclusion_p = 1.0 / 3.0;
  a.suggested = {{"sektor", "kesehatan"}, {"fungsi", "info_layanan"}};
  a.suggested_p = {{"sektor", 0.9312}, {"fungsi", 0.61}};
  a.labels = {{"sektor", ""}, {"fungsi", ""}};
  a.extra = {{"catatan_tim", "cek lagi"}};
  AnnotationRow b = a;
  b.id = "posts.csv:7";
  b.url.clear();
  b.text = "Banjir\ttinggi di Jl. Merdeka\x07 _x00e9_ _x005F_";
  b.strategy = "teach";
  b.stratum.clear();
  b.inclusion_p = 0;
  b.labels = {{"sektor", "bencana"}, {"fungsi", "peringatan"}};
  b.status = "labeled";
  b.coder = "ana";
  b.note = "jelas";
  file.rows = {a, b};
  return file;
}

std::vector<CodebookSet> Codebook() {
  return {{"sektor", {{"kesehatan", "Kesehatan", "layanan kesehatan"}, {"bencana", "", ""}}},
          {"fungsi", {{"info_layanan", "", ""}, {"peringatan", "", ""}}}};
}

void ExpectSameRows(const AnnotationFile& got, const AnnotationFile& want) {
  ASSERT_EQ(got.label_sets, want.label_sets);
  ASSERT_EQ(got.extra_columns, want.extra_columns);
  ASSERT_EQ(got.rows.size(), want.rows.size());
  for (size_t i = 0; i < got.rows.size(); ++i) {
    const AnnotationRow &g = got.rows[i], &w = want.rows[i];
    EXPECT_EQ(g.id, w.id);
    EXPECT_EQ(g.agency, w.agency);
    EXPECT_EQ(g.created_at, w.created_at);
    EXPECT_EQ(g.url, w.url);
    EXPECT_EQ(g.text, w.text);
    EXPECT_EQ(g.strategy, w.strategy);
    EXPECT_EQ(g.stratum, w.stratum);
    EXPECT_NEAR(g.inclusion_p, w.inclusion_p, 1e-12);
    EXPECT_EQ(g.suggested, w.suggested);
    for (const auto& [set, p] : w.suggested_p) EXPECT_NEAR(g.suggested_p.at(set), p, 1e-12);
    EXPECT_EQ(g.labels, w.labels);
    EXPECT_EQ(g.status, w.status);
    EXPECT_EQ(g.coder, w.coder);
    EXPECT_EQ(g.note, w.note);
    EXPECT_EQ(g.extra, w.extra);
  }
}

TEST(AnnotationXlsxTest, WrittenWorkbookReadsBackToTheSameRows) {
  TempDir dir;
  const AnnotationFile file = Sample();
  WriteAnnotationXlsx(dir.File("a.xlsx"), file, Codebook());
  const AnnotationFile back = ReadAnnotationFile(dir.File("a.xlsx"));
  ExpectSameRows(back, file);
  ASSERT_EQ(LabeledRows(back).size(), 1u);  // the empty label cells are no answer
  EXPECT_EQ(LabeledRows(back)[0]->id, "posts.csv:7");
  // The workbook holds the dropdowns and the codebook sheet.
  const std::string bytes = ReadFile(dir.File("a.xlsx"));
  EXPECT_EQ(bytes.substr(0, 2), "PK");
}

// A workbook as a coder's spreadsheet program might save it: a sheet before "posts", numbers
// and booleans, label cells filled, a blank row, no suggestion columns (label sets given).
TEST(AnnotationXlsxTest, HandMadeLabeledWorkbookIsReadAsLabeled) {
  TempDir dir;
  const std::string path = dir.File("coded.xlsx");
  lxw_workbook* wb = workbook_new(path.c_str());
  lxw_worksheet* intro = workbook_add_worksheet(wb, "petunjuk");
  worksheet_write_string(intro, 0, 0, "baca dulu", nullptr);
  lxw_worksheet* ws = workbook_add_worksheet(wb, "posts");
  const char* header[] = {"id", "text", "sektor", "inclusion_p", "ok"};
  for (int c = 0; c < 5; ++c) worksheet_write_string(ws, 0, c, header[c], nullptr);
  worksheet_write_number(ws, 1, 0, 17, nullptr);
  worksheet_write_string(ws, 1, 1, "guru honorer", nullptr);
  worksheet_write_string(ws, 1, 2, "pendidikan", nullptr);
  worksheet_write_number(ws, 1, 3, 0.25, nullptr);
  worksheet_write_boolean(ws, 1, 4, 1, nullptr);
  worksheet_write_string(ws, 3, 0, "18", nullptr);  // row 3 left blank
  worksheet_write_string(ws, 3, 1, "banjir", nullptr);
  ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);
  const AnnotationFile file = ReadAnnotationFile(path, {"sektor"});
  ASSERT_EQ(file.rows.size(), 2u);
  EXPECT_EQ(file.rows[0].id, "17");
  EXPECT_DOUBLE_EQ(file.rows[0].inclusion_p, 0.25);
  EXPECT_EQ(file.rows[0].extra.at("ok"), "TRUE");
  ASSERT_EQ(LabeledRows(file).size(), 1u);
  EXPECT_EQ(LabeledRows(file)[0]->labels.at("sektor"), "pendidikan");
  EXPECT_EQ(file.rows[1].id, "18");
}

std::string ErrorOf(const std::string& path, ErrorCode* code = nullptr) {
  try {
    ReadAnnotationFile(path);
  } catch (const Error& e) {
    if (code) *code = e.code();
    return e.what();
  }
  return "";
}

void WriteZip(const std::string& path, const std::map<std::string, std::string>& entries) {
  archive* a = archive_write_new();
  archive_write_set_format_zip(a);
  archive_write_open_filename(a, path.c_str());
  for (const auto& [name, data] : entries) {
    archive_entry* e = archive_entry_new();
    archive_entry_set_pathname(e, name.c_str());
    archive_entry_set_size(e, static_cast<la_int64_t>(data.size()));
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_perm(e, 0644);
    archive_write_header(a, e);
    archive_write_data(a, data.data(), data.size());
    archive_entry_free(e);
  }
  archive_write_close(a);
  archive_write_free(a);
}

const char kWorkbook[] =
    "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
    "<sheet name=\"posts\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
const char kRels[] =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>";

// A minimal workbook whose one sheet has inline strings and the given cells in row 2.
std::map<std::string, std::string> Workbook(const std::string& row2) {
  return {{"xl/workbook.xml", kWorkbook},
          {"xl/_rels/workbook.xml.rels", kRels},
          {"xl/worksheets/sheet1.xml",
           "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
           "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c>"
           "<c r=\"B1\" t=\"inlineStr\"><is><t>text</t></is></c>"
           "<c r=\"C1\" t=\"inlineStr\"><is><t>sektor</t></is></c></row><row r=\"2\">" +
               row2 + "</row></sheetData></worksheet>"}};
}

TEST(AnnotationXlsxTest, InlineStringsReadWithoutSharedStrings) {
  TempDir dir;
  WriteZip(dir.File("inline.xlsx"),
           Workbook("<c r=\"A2\"><v>5</v></c><c r=\"B2\" t=\"inlineStr\"><is><r><t>ba</t></r>"
                    "<r><t xml:space=\"preserve\">njir </t></r></is></c>"
                    "<c r=\"C2\" t=\"str\"><f>\"bencana\"</f><v>bencana</v></c>"));
  const AnnotationFile file = ReadAnnotationFile(dir.File("inline.xlsx"), {"sektor"});
  ASSERT_EQ(file.rows.size(), 1u);
  EXPECT_EQ(file.rows[0].text, "banjir ");
  EXPECT_EQ(file.rows[0].labels.at("sektor"), "bencana");
}

TEST(AnnotationXlsxTest, BadWorkbooksAreDataErrorsNamingTheFileAndCell) {
  TempDir dir;
  ErrorCode code{};
  WriteFile(dir.File("text.xlsx"), "id,text,sektor\n1,a,b\n");
  EXPECT_NE(ErrorOf(dir.File("text.xlsx"), &code).find("text.xlsx: not an .xlsx workbook"),
            std::string::npos);
  EXPECT_EQ(code, ErrorCode::kData);
  ErrorOf(dir.File("missing.xlsx"), &code);
  EXPECT_EQ(code, ErrorCode::kNoInput);

  auto broken = Workbook("");
  broken["xl/workbook.xml"] = "<workbook><sheets><sheet name=";
  WriteZip(dir.File("broken.xlsx"), broken);
  EXPECT_NE(ErrorOf(dir.File("broken.xlsx"), &code).find("malformed XML"), std::string::npos);
  EXPECT_EQ(code, ErrorCode::kData);
  auto no_sheet = Workbook("");
  no_sheet["xl/workbook.xml"] = "<workbook><sheets/></workbook>";
  WriteZip(dir.File("nosheet.xlsx"), no_sheet);
  EXPECT_NE(ErrorOf(dir.File("nosheet.xlsx")).find("no sheet"), std::string::npos);

  WriteZip(dir.File("na.xlsx"),
           Workbook("<c r=\"A2\"><v>5</v></c><c r=\"C2\" t=\"e\"><v>#N/A</v></c>"));
  EXPECT_NE(
      ErrorOf(dir.File("na.xlsx"), &code).find("na.xlsx:posts!C2: the cell holds the error #N/A"),
      std::string::npos);
  EXPECT_EQ(code, ErrorCode::kData);
  WriteZip(dir.File("stray.xlsx"), Workbook("<c r=\"A2\"><v>5</v></c><c r=\"E2\"><v>1</v></c>"));
  EXPECT_NE(ErrorOf(dir.File("stray.xlsx"))
                .find("stray.xlsx:posts!E2: a value in a column without a header"),
            std::string::npos);
  WriteZip(dir.File("shared.xlsx"), Workbook("<c r=\"A2\" t=\"s\"><v>9</v></c>"));
  EXPECT_NE(ErrorOf(dir.File("shared.xlsx")).find("shared.xlsx:posts!A2"), std::string::npos);

  // A row the annotation file rules refuse names the sheet's row.
  lxw_workbook* wb = workbook_new(dir.File("bad.xlsx").c_str());
  lxw_worksheet* ws = workbook_add_worksheet(wb, "posts");
  const char* header[] = {"id", "text", "suggested_sektor", "sektor", "inclusion_p"};
  for (int c = 0; c < 5; ++c) worksheet_write_string(ws, 0, c, header[c], nullptr);
  worksheet_write_string(ws, 1, 0, "1", nullptr);
  worksheet_write_string(ws, 1, 1, "baris\ndua baris", nullptr);  // a line break shifts no row
  worksheet_write_string(ws, 2, 0, "2", nullptr);
  worksheet_write_string(ws, 2, 4, "abc", nullptr);
  ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);
  const std::string message = ErrorOf(dir.File("bad.xlsx"), &code);
  EXPECT_NE(message.find("bad.xlsx:3: inclusion_p is \"abc\""), std::string::npos) << message;
  EXPECT_EQ(code, ErrorCode::kData);
}

}  // namespace
}  // namespace liputan
