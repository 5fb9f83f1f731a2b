#include "annotate/label_session.h"

#include <algorithm>

#include "common/error.h"

namespace liputan::annotate {

LabelSession::LabelSession(AnnotationFile file, std::string coder)
    : file_(std::move(file)), coder_(std::move(coder)) {
  cursor_.row = file_.rows.size();
  for (size_t i = 0; i < file_.rows.size(); ++i) {
    if (ToDo(i)) {
      cursor_.row = i;
      break;
    }
  }
}

bool LabelSession::ToDo(size_t row) const {
  const AnnotationRow& r = file_.rows[row];
  return r.status != "skipped" && !r.labeled(file_.label_sets);
}

// The next post to do after `after`, wrapping around to the start so that no post to do is ever
// passed over, whatever the order of answers and undos; rows.size() when none is left.
size_t LabelSession::NextToDo(size_t after) const {
  const size_t n = file_.rows.size();
  for (size_t k = 1; k <= n; ++k) {
    const size_t i = (after + k) % n;
    if (ToDo(i)) return i;
  }
  return n;
}

size_t LabelSession::labeled() const {
  return static_cast<size_t>(
      std::count_if(file_.rows.begin(), file_.rows.end(), [&](const AnnotationRow& r) {
        return r.status != "skipped" && r.labeled(file_.label_sets);
      }));
}

size_t LabelSession::skipped() const {
  return static_cast<size_t>(
      std::count_if(file_.rows.begin(), file_.rows.end(),
                    [](const AnnotationRow& r) { return r.status == "skipped"; }));
}

bool LabelSession::Answer(const std::string& label) {
  if (finished()) throw Error(ErrorCode::kUsage, "no post is left to label");
  if (label.empty()) throw Error(ErrorCode::kUsage, "the label is empty");
  if (file_.label_sets.empty()) throw Error(ErrorCode::kUsage, "the file has no label set");
  undo_.push_back({cursor_, std::nullopt});
  cursor_.pending[file_.label_sets[cursor_.set]] = label;
  if (cursor_.set + 1 < file_.label_sets.size()) {
    ++cursor_.set;
    return false;
  }
  undo_.back().row_before = file_.rows[cursor_.row];
  AnnotationRow& row = file_.rows[cursor_.row];
  for (const auto& [set, chosen] : cursor_.pending) row.labels[set] = chosen;
  FinishRow("labeled");
  return true;
}

bool LabelSession::Skip() {
  if (finished()) throw Error(ErrorCode::kUsage, "no post is left to skip");
  undo_.push_back({cursor_, file_.rows[cursor_.row]});
  FinishRow("skipped");
  return true;
}

void LabelSession::FinishRow(const std::string& status) {
  AnnotationRow& row = file_.rows[cursor_.row];
  row.status = status;
  if (!coder_.empty()) row.coder = coder_;
  cursor_ = LabelCursor{NextToDo(cursor_.row), 0, {}};
}

bool LabelSession::Undo() {
  if (undo_.empty()) return false;
  Step step = std::move(undo_.back());
  undo_.pop_back();
  cursor_ = std::move(step.before);
  if (!step.row_before) return false;
  file_.rows[cursor_.row] = std::move(*step.row_before);
  return true;
}

}  // namespace liputan::annotate
