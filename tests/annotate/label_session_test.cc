// The labeling state machine of `annotate serve`, without sockets: which post comes next, what an
// answer, a skip and an undo do to the file.
#include "annotate/label_session.h"

#include <gtest/gtest.h>

#include "common/error.h"

namespace liputan::annotate {
namespace {

AnnotationRow Row(const std::string& id, const std::string& status = "",
                  const std::string& sektor = "", const std::string& fungsi = "") {
  AnnotationRow row;
  row.id = id;
  row.text = "post " + id;
  row.status = status;
  row.labels = {{"sektor", sektor}, {"fungsi", fungsi}};
  row.suggested = {{"sektor", "kesehatan"}, {"fungsi", "info_layanan"}};
  return row;
}

AnnotationFile File(std::vector<AnnotationRow> rows) {
  AnnotationFile file;
  file.label_sets = {"sektor", "fungsi"};
  file.rows = std::move(rows);
  return file;
}

TEST(LabelSessionTest, StartsAtTheFirstPostNeitherLabeledNorSkipped) {
  LabelSession session(File({Row("a", "labeled", "umum", "lainnya"), Row("b", "skipped"),
                             Row("c", "", "umum", "lainnya"), Row("d"), Row("e")}),
                       "ana");
  EXPECT_EQ(session.cursor().row, 3u) << "a hand-filled row (c) counts as labeled";
  EXPECT_EQ(session.labeled(), 2u);
  EXPECT_EQ(session.skipped(), 1u);
  EXPECT_FALSE(session.can_undo());
}

TEST(LabelSessionTest, APostIsSavedWhenItsLastLabelSetIsAnswered) {
  LabelSession session(File({Row("a"), Row("b")}), "ana");
  EXPECT_FALSE(session.Answer("pendidikan")) << "the first label set changes no file";
  EXPECT_EQ(session.cursor().set, 1u);
  EXPECT_EQ(session.file().rows[0].status, "");
  EXPECT_TRUE(session.Answer("edukasi_imbauan"));
  const AnnotationRow& row = session.file().rows[0];
  EXPECT_EQ(row.status, "labeled");
  EXPECT_EQ(row.coder, "ana");
  EXPECT_EQ(row.labels.at("sektor"), "pendidikan");
  EXPECT_EQ(row.labels.at("fungsi"), "edukasi_imbauan");
  EXPECT_EQ(session.cursor().row, 1u);
  EXPECT_EQ(session.cursor().set, 0u);
  EXPECT_TRUE(session.cursor().pending.empty());
}

TEST(LabelSessionTest, UndoStepsBackOneChoiceAtATime) {
  LabelSession session(File({Row("a"), Row("b")}), "ana");
  session.Answer("pendidikan");
  session.Answer("edukasi_imbauan");
  session.Answer("umum");  // post b, sektor
  EXPECT_FALSE(session.Undo()) << "a pending choice is dropped without touching the file";
  EXPECT_EQ(session.cursor().row, 1u);
  EXPECT_EQ(session.cursor().set, 0u);
  EXPECT_TRUE(session.Undo()) << "taking back post a's answer changes the file";
  EXPECT_EQ(session.cursor().row, 0u);
  EXPECT_EQ(session.cursor().set, 1u);
  EXPECT_EQ(session.cursor().pending.at("sektor"), "pendidikan");
  EXPECT_EQ(session.file().rows[0].status, "");
  EXPECT_EQ(session.file().rows[0].labels.at("fungsi"), "");
  EXPECT_EQ(session.file().rows[0].coder, "");
  session.Answer("kebijakan_program");  // a different answer for the same post
  EXPECT_EQ(session.file().rows[0].labels.at("sektor"), "pendidikan");
  EXPECT_EQ(session.file().rows[0].labels.at("fungsi"), "kebijakan_program");
  EXPECT_EQ(session.cursor().row, 1u);
}

TEST(LabelSessionTest, SkipMarksThePostAndUndoRestoresThePendingChoice) {
  LabelSession session(File({Row("a"), Row("b")}), "");
  session.Answer("pendidikan");
  EXPECT_TRUE(session.Skip());
  EXPECT_EQ(session.file().rows[0].status, "skipped");
  EXPECT_EQ(session.file().rows[0].labels.at("sektor"), "") << "a skip saves no label";
  EXPECT_EQ(session.skipped(), 1u);
  EXPECT_EQ(session.cursor().row, 1u);
  EXPECT_TRUE(session.Undo());
  EXPECT_EQ(session.file().rows[0].status, "");
  EXPECT_EQ(session.cursor().set, 1u);
  EXPECT_EQ(session.cursor().pending.at("sektor"), "pendidikan");
}

TEST(LabelSessionTest, AnEmptyCoderKeepsTheRowsCoder) {
  AnnotationRow row = Row("a");
  row.coder = "budi";
  LabelSession session(File({row}), "");
  session.Answer("umum");
  session.Answer("lainnya");
  EXPECT_EQ(session.file().rows[0].coder, "budi");
}

TEST(LabelSessionTest, FinishesAfterTheLastPostAndCanStillUndo) {
  LabelSession session(File({Row("a", "labeled", "umum", "lainnya"), Row("b")}), "ana");
  session.Skip();
  EXPECT_TRUE(session.finished());
  EXPECT_THROW(session.Answer("umum"), Error);
  EXPECT_THROW(session.Skip(), Error);
  EXPECT_TRUE(session.Undo());
  EXPECT_FALSE(session.finished());
  EXPECT_EQ(session.cursor().row, 1u);
  EXPECT_FALSE(session.Undo()) << "the undo stack covers this session's steps only";
  EXPECT_EQ(session.file().rows[0].status, "labeled");
}

TEST(LabelSessionTest, AnEmptyFileIsFinishedAtOnce) {
  LabelSession session(File({}), "ana");
  EXPECT_TRUE(session.finished());
  EXPECT_THROW(session.Answer("umum"), Error);
}

}  // namespace
}  // namespace liputan::annotate
