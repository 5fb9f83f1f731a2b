#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "corpora/annotation_file.h"

namespace liputan::annotate {

// Where the labeling stands: the post being labeled, the label set being asked, and the labels
// chosen so far for this post (kept here until the post's last label set is answered).
struct LabelCursor {
  size_t row = 0;                              // == rows.size() when no post is left to label
  size_t set = 0;                              // index into AnnotationFile::label_sets
  std::map<std::string, std::string> pending;  // label set → chosen label
};

// The labeling state machine of `annotate serve` (docs/annotate.md), without sockets: one post
// at a time, one label set at a time, with an undo stack over every step of this session. A
// post's answer changes the file only when its last label set is answered (status "labeled") or
// when it is skipped (status "skipped"); the caller saves the file whenever a call returns true.
class LabelSession {
 public:
  // Starts at the first post that is neither labeled nor skipped. `coder` (may be empty: the
  // row's coder is then kept) is written into every row this session answers.
  LabelSession(AnnotationFile file, std::string coder);

  const AnnotationFile& file() const { return file_; }
  const LabelCursor& cursor() const { return cursor_; }
  bool finished() const { return cursor_.row >= file_.rows.size(); }
  bool can_undo() const { return !undo_.empty(); }
  size_t labeled() const;  // rows labeled (in this session or before)
  size_t skipped() const;

  // Chooses `label` for the current label set and moves to the next set, or, after the last
  // set, saves the post as labeled and moves to the next post to do. Returns true when the file
  // changed. Throws Error(kUsage) when no post is left or the label is empty.
  bool Answer(const std::string& label);
  // Marks the current post skipped (its labels are left as they were) and moves on. Returns
  // true (the file changed). Throws Error(kUsage) when no post is left.
  bool Skip();
  // Steps back over the last Answer or Skip of this session, restoring the post and the cursor
  // as they were before it. Returns true when the file changed (a post's answer was taken back);
  // false when only a pending choice was dropped or there was nothing to undo.
  bool Undo();

 private:
  struct Step {
    LabelCursor before;
    std::optional<AnnotationRow> row_before;  // set when the step changed file_.rows[before.row]
  };

  bool ToDo(size_t row) const;
  size_t NextToDo(size_t after) const;
  void FinishRow(const std::string& status);

  AnnotationFile file_;
  std::string coder_;
  LabelCursor cursor_;
  std::vector<Step> undo_;
};

}  // namespace liputan::annotate
