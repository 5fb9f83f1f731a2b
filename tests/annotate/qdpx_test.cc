// REFI-QDA exchange (docs/annotate.md): what `classify --format qdpx` and `annotate export`
// write, what the reader makes of it and of projects from other programs, and the errors.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <map>
#include <regex>

#include "annotate/qdpx_export.h"
#include "annotate/qdpx_writer.h"
#include "annotate/zip_writer.h"
#include "common/archive_source.h"
#include "common/error.h"
#include "corpora/annotation_file.h"
#include "corpora/qdpx_reader.h"
#include "corpora/taxonomy/taxonomy.h"
#include "models/trainer.h"
#include "tests/models/topic_corpus.h"
#include "tests/support/cli_runner.h"

namespace liputan {
namespace {

using testing::ReadFile;
using testing::RunLiputan;
using testing::TempDir;
using testing::WriteFile;

// The REFI-QDA schema is third-party reference material beside the project (../shared), never
// in it; the schema test skips when it is absent.
const std::string kSchema =
    std::string(LIPUTAN_SOURCE_DIR) + "/../shared/reference/refi-qda/Project-mrt2019.xsd";

std::map<std::string, std::string> ZipMembers(const std::string& path) {
  std::map<std::string, std::string> members;
  ZipReader zip(path);
  std::string name;
  while (zip.NextMember(name)) {
    auto source = zip.OpenMember();
    char buffer[4096];
    while (size_t n = source->Read(buffer, sizeof buffer)) members[name].append(buffer, n);
    members.emplace(name, "");
  }
  return members;
}

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// Three rows: a person's labels with the model's suggestions, one still to do, one whose text
// holds everything XML escaping must get right.
AnnotationFile ThreeRows() {
  AnnotationFile file;
  file.label_sets = {"sektor", "fungsi"};
  AnnotationRow a;
  a.id = "1790000000000000001";
  a.agency = "dinkes_kota";
  a.created_at = "2024-03-01T08:00:00Z";
  a.text = "Vaksinasi gratis Sabtu ini di Puskesmas \xF0\x9F\x92\x89";
  a.suggested = {{"sektor", "kesehatan"}, {"fungsi", "info_layanan"}};
  a.suggested_p = {{"sektor", 0.93}, {"fungsi", 0.61}};
  a.labels = {{"sektor", "kesehatan"}, {"fungsi", "edukasi_imbauan"}};
  a.status = "labeled";
  AnnotationRow b = a;
  b.id = "1790000000000000002";
  b.agency = "bpbd_kota";
  b.text = "Banjir <1 m> & \"siaga\"\r\nJl. Merdeka\x01";
  b.labels = {{"sektor", ""}, {"fungsi", ""}};
  b.suggested = {{"sektor", "kebencanaan"}, {"fungsi", ""}};
  b.suggested_p = {{"sektor", 0.5}, {"fungsi", 0}};
  b.status.clear();
  AnnotationRow c = a;
  c.id = "posts.csv:7";
  c.agency.clear();
  c.created_at.clear();
  c.text = "";
  c.suggested = {{"sektor", ""}, {"fungsi", ""}};
  c.suggested_p = {{"sektor", 0}, {"fungsi", 0}};
  c.labels = {{"sektor", "pendidikan"}, {"fungsi", ""}};
  file.rows = {a, b, c};
  return file;
}

std::string Export(const TempDir& dir, const AnnotationFile& file, const std::string& name) {
  WriteAnnotationCsv(dir.File(name + ".csv"), file);
  ExportQdpx({dir.File(name + ".csv")}, dir.File(name + ".qdpx"), {});
  return dir.File(name + ".qdpx");
}

// Validates project.qde with xmllint against the REFI-QDA schema, which is reference material
// outside the repository: without it (or xmllint) there is nothing to validate against.
void ExpectValidProject(const std::string& qdpx, const TempDir& dir) {
  struct stat st;
  if (::stat(kSchema.c_str(), &st) != 0) GTEST_SKIP() << "no REFI-QDA schema at " << kSchema;
  if (std::system("xmllint --version >/dev/null 2>&1") != 0) GTEST_SKIP() << "no xmllint";
  WriteFile(dir.File("project.qde"), ZipMembers(qdpx).at("project.qde"));
  const std::string command = std::string("xmllint --noout --schema ") + kSchema + " " +
                              dir.File("project.qde") + " 2>" + dir.File("xmllint.err");
  EXPECT_EQ(std::system(command.c_str()), 0) << ReadFile(dir.File("xmllint.err"));
}

TEST(QdpxTest, ExportHasTheMembersSourcesCodesAndCodingsAndIsDeterministic) {
  TempDir dir;
  const std::string qdpx = Export(dir, ThreeRows(), "a");
  auto members = ZipMembers(qdpx);
  ASSERT_EQ(members.size(), 4u);  // project.qde and one text per source
  const std::string& qde = members.at("project.qde");
  EXPECT_EQ(Count(qde, "<TextSource "), 3u);
  EXPECT_EQ(Count(qde, "<Case "), 2u);  // the third row has no agency
  // Two label sets, each with every codebook label (so a person can code any), and the
  // suggestion "kebencanaan", which is not one.
  const Taxonomy taxonomy = Taxonomy::Embedded();
  EXPECT_EQ(Count(qde, "<Code "),
            2 + taxonomy.sektor().labels.size() + taxonomy.fungsi().labels.size() + 1);
  EXPECT_NE(qde.find("name=\"kebencanaan\""), std::string::npos);
  EXPECT_NE(qde.find("name=\"kesehatan\" isCodable=\"true\"><Description>"), std::string::npos);
  // Row a: 2 labels + 2 suggestions; b: 1 suggestion; c: 1 label.
  EXPECT_EQ(Count(qde, "<Coding "), 6u);
  EXPECT_EQ(Count(qde, "<Note "), 3u);  // one per suggestion, with its probability
  EXPECT_NE(qde.find("p = 0.93"), std::string::npos);
  // Each text is stored exactly, under the GUID its source names.
  std::smatch m;
  const std::string b_text = "Banjir <1 m> & \"siaga\"\r\nJl. Merdeka\x01";
  std::regex path("plainTextPath=\"internal://([0-9a-f-]{36})\\.txt\"");
  std::vector<std::string> texts;
  for (auto it = std::sregex_iterator(qde.begin(), qde.end(), path); it != std::sregex_iterator();
       ++it)
    texts.push_back(members.at("Sources/" + (*it)[1].str() + ".txt"));
  ASSERT_EQ(texts.size(), 3u);
  EXPECT_EQ(texts[1], b_text);
  // The same input gives the same bytes.
  EXPECT_EQ(ReadFile(qdpx), ReadFile(Export(dir, ThreeRows(), "b")));
}

TEST(QdpxTest, ExportValidatesAgainstTheRefiQdaSchema) {
  TempDir dir;
  ExpectValidProject(Export(dir, ThreeRows(), "a"), dir);
}

TEST(QdpxTest, ExportThenImportGivesTheSameLabelsSuggestionsAndPosts) {
  TempDir dir;
  const AnnotationFile original = ThreeRows();
  AnnotationFile back = ReadAnnotationFile(Export(dir, original, "a"));
  EXPECT_EQ(back.label_sets, original.label_sets);
  ASSERT_EQ(back.rows.size(), 3u);
  for (size_t i = 0; i < 3; ++i) {
    const AnnotationRow& want = original.rows[i];
    const AnnotationRow& got = back.rows[i];
    EXPECT_EQ(got.id, want.id);
    EXPECT_EQ(got.agency, want.agency);
    EXPECT_EQ(got.text, want.text);
    EXPECT_EQ(got.labels, want.labels) << want.id;
    EXPECT_EQ(got.suggested, want.suggested) << want.id;
    EXPECT_EQ(got.suggested_p, want.suggested_p) << want.id;
    EXPECT_EQ(got.status, want.status) << want.id;
  }
}

// A project as NVivo might write it: display names, a second coding, a code of the coder's own.
TEST(QdpxTest, ReadsAProjectFromAnotherProgram) {
  TempDir dir;
  const std::string qde = R"(<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="nvivo">
<CodeBook><Codes>
 <Code guid="00000000-0000-0000-0000-000000000001" name="Sektor" isCodable="false">
  <Code guid="00000000-0000-0000-0000-000000000002" name="Kesehatan" isCodable="true">
   <Code guid="00000000-0000-0000-0000-000000000003" name="vaksin" isCodable="true"/></Code>
  <Code guid="00000000-0000-0000-0000-000000000004" name="pendidikan" isCodable="true"/>
 </Code>
 <Code guid="00000000-0000-0000-0000-000000000005" name="tema saya" isCodable="true"/>
</Codes></CodeBook>
<Sources>
 <TextSource guid="00000000-0000-0000-0000-0000000000a1" name="post A">
  <PlainTextContent>vaksin &amp; imunisasi</PlainTextContent>
  <PlainTextSelection guid="00000000-0000-0000-0000-0000000000b1" startPosition="0" endPosition="6">
   <Coding guid="00000000-0000-0000-0000-0000000000c1"><CodeRef targetGUID="00000000-0000-0000-0000-000000000003"/></Coding>
   <Coding guid="00000000-0000-0000-0000-0000000000c2"><CodeRef targetGUID="00000000-0000-0000-0000-000000000004"/></Coding>
  </PlainTextSelection>
 </TextSource>
 <TextSource guid="00000000-0000-0000-0000-0000000000a2" plainTextPath="internal://b.txt">
  <Coding guid="00000000-0000-0000-0000-0000000000c3"><CodeRef targetGUID="00000000-0000-0000-0000-000000000005"/></Coding>
 </TextSource>
</Sources></Project>)";
  ZipWriter zip(dir.File("n.qdpx"));
  zip.Add("project.qde", qde);
  zip.Add("sources/B.TXT", "\xEF\xBB\xBFsekolah");
  zip.Commit();
  AnnotationFile file = ReadAnnotationFile(dir.File("n.qdpx"));
  EXPECT_EQ(file.label_sets, std::vector<std::string>({"sektor"}));
  ASSERT_EQ(file.rows.size(), 2u);
  EXPECT_EQ(file.rows[0].id, "post A");
  EXPECT_EQ(file.rows[0].text, "vaksin & imunisasi");
  EXPECT_EQ(file.rows[0].labels.at("sektor"), "kesehatan");  // display name, sub-code, first wins
  EXPECT_EQ(file.rows[0].status, "labeled");
  EXPECT_EQ(file.rows[1].id, "00000000-0000-0000-0000-0000000000a2");
  EXPECT_EQ(file.rows[1].text, "sekolah");
  EXPECT_EQ(file.rows[1].status, "");  // coded only at a code outside the label sets
}

struct BadProject {
  const char* name;
  std::map<std::string, std::string> members;
  const char* message;
};

std::vector<BadProject> BadProjects() {
  const std::string head =
      "<?xml version=\"1.0\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" "
      "name=\"x\">";
  const std::string codes =
      "<CodeBook><Codes><Code guid=\"00000000-0000-0000-0000-000000000001\" name=\"sektor\" "
      "isCodable=\"false\"/></Codes></CodeBook>";
  const std::string source =
      "<Sources><TextSource guid=\"00000000-0000-0000-0000-0000000000a1\" name=\"p1\" "
      "plainTextPath=\"internal://gone.txt\"/></Sources>";
  return {
      {"no-project", {{"Sources/a.txt", "x"}}, "no project.qde in the zip"},
      {"broken-xml", {{"project.qde", head + "<CodeBook>"}}, "XML does not parse"},
      {"foreign-codes",
       {{"project.qde", head +
                            "<CodeBook><Codes><Code guid=\"00000000-0000-0000-0000-000000000001\" "
                            "name=\"Themes\" isCodable=\"true\"/></Codes></CodeBook></Project>"}},
       "expected a top-level code named \"sektor\", \"fungsi\"; the project's top-level codes "
       "are \"Themes\""},
      {"billion-laughs",
       {{"project.qde",
         "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY a \"aaaaaaaa\">"
         "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;"
         "&b;&b;\">]><Project name=\"&c;\"/>"}},
       "holds a DOCTYPE"},
      {"no-source", {{"project.qde", head + codes + "</Project>"}}, "has no text source"},
      {"missing-text",
       {{"project.qde", head + codes + source + "</Project>"}},
       "source \"p1\": its text \"internal://gone.txt\" is missing"},
  };
}

TEST(QdpxTest, MalformedAndForeignProjectsGetClearErrors) {
  TempDir dir;
  WriteFile(dir.File("plain.qdpx"), "id,text\n1,a\n");
  try {
    ReadAnnotationFile(dir.File("plain.qdpx"));
    ADD_FAILURE() << "a CSV named .qdpx was read";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kData);
    EXPECT_NE(std::string(e.what()).find("plain.qdpx: not a zip archive"), std::string::npos);
  }
  for (const auto& bad : BadProjects()) {
    const std::string path = dir.File(std::string(bad.name) + ".qdpx");
    ZipWriter zip(path);
    for (const auto& [name, data] : bad.members) zip.Add(name, data);
    zip.Commit();
    try {
      ReadAnnotationFile(path);
      ADD_FAILURE() << bad.name << " was read";
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::kData) << bad.name;
      EXPECT_NE(std::string(e.what()).find(bad.message), std::string::npos) << e.what();
      EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
    }
  }
}

// The CLI: classify writes a project, annotate export another, train and eval read them, and a
// bad project stops them with exit 65.
class QdpxCliTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    TrainOptions o;
    o.fasttext.dim = 10;
    o.fasttext.epoch = 25;
    o.fasttext.bucket = 5000;
    o.cv_folds = 0;
    TrainBundle(testing::MakeTopicCorpus(20, 3, "sektor"), o, dir_->File("m.liputan"));
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  // The topic corpus as an annotation file labeled by a person.
  static std::string LabeledAnnotationCsv() {
    AnnotationFile file;
    file.label_sets = {"sektor"};
    int n = 0;
    for (const auto& example : testing::MakeTopicCorpus(8, 11, "sektor")) {
      AnnotationRow row;
      row.id = "t" + std::to_string(++n);
      row.agency = n % 2 ? "dinkes" : "bpbd";
      row.text = example.text;
      row.labels["sektor"] = example.labels.at("sektor")[0];
      row.status = "labeled";
      file.rows.push_back(row);
    }
    WriteAnnotationCsv(dir_->File("labeled.csv"), file);
    return dir_->File("labeled.csv");
  }
  static inline TempDir* dir_ = nullptr;
};

TEST_F(QdpxCliTest, ClassifyWritesAProjectWhoseCodingsAreThePredictions) {
  WriteFile(dir_->File("in.txt"),
            "guru di sekolah\nbanjir besar di desa\nvaksinasi di puskesmas\n");
  const std::string qdpx = dir_->File("c.qdpx");
  auto r = RunLiputan({"classify", "-m", dir_->File("m.liputan"), "--format", "qdpx", "-o", qdpx,
                       "--top-k", "2", "--input-format", "text", dir_->File("in.txt")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = RunLiputan({"classify", "-m", dir_->File("m.liputan"), "-o", dir_->File("c.jsonl"),
                  "--input-format", "text", dir_->File("in.txt")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string jsonl = ReadFile(dir_->File("c.jsonl"));
  AnnotationFile file = ReadQdpxAnnotations(qdpx);
  ASSERT_EQ(file.rows.size(), 3u);
  for (const auto& row : file.rows) {
    EXPECT_EQ(row.status, "");  // the model's codings are suggestions, not a person's labels
    const std::string top =
        "\"predictions\":{\"sektor\":[{\"label\":\"" + row.suggested.at("sektor");
    EXPECT_NE(jsonl.find(top), std::string::npos) << row.id;
    EXPECT_GT(row.suggested_p.at("sektor"), 0.0);
  }
  EXPECT_EQ(Count(ZipMembers(qdpx).at("project.qde"), "<Coding "), 6u);  // --top-k 2
  r = RunLiputan({"classify", "-m", dir_->File("m.liputan"), "--format", "qdpx", "--resume", "-o",
                  qdpx, dir_->File("in.txt")});
  EXPECT_EQ(r.exit_code, 64) << r.err;
  ExpectValidProject(qdpx, *dir_);
}

TEST_F(QdpxCliTest, TrainAndEvalAcceptAProjectAndRejectABadOne) {
  const std::string qdpx = dir_->File("labeled.qdpx");
  auto r = RunLiputan({"annotate", "export", "-o", qdpx, LabeledAnnotationCsv()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("24 sources, 24 codings"), std::string::npos) << r.err;
  r = RunLiputan({"train", "-i", qdpx, "-o", dir_->File("from-qdpx.liputan"), "--epoch", "25",
                  "--dim", "10", "--bucket", "5000", "--cv", "0"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = RunLiputan({"eval", "-m", dir_->File("m.liputan"), "-i", qdpx, "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("sektor"), std::string::npos) << r.out;
  ZipWriter zip(dir_->File("bad.qdpx"));
  zip.Add("project.qde", "<Project name=\"x\"><CodeBook>");
  zip.Commit();
  for (const char* command : {"train", "eval"}) {
    std::vector<std::string> args = {command, "-i", dir_->File("bad.qdpx")};
    if (args[0] == "train") args.insert(args.end(), {"-o", dir_->File("x.liputan")});
    if (args[0] == "eval") args.insert(args.end(), {"-m", dir_->File("m.liputan")});
    r = RunLiputan(args);
    EXPECT_EQ(r.exit_code, 65) << command << ": " << r.err;
    EXPECT_NE(r.err.find("bad.qdpx:project.qde:1: XML does not parse"), std::string::npos) << r.err;
  }
}

}  // namespace
}  // namespace liputan
