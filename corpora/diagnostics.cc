#include "corpora/diagnostics.h"

#include "common/error.h"

namespace liputan {

OnError ParseOnError(const std::string& text) {
  if (text == "skip") return OnError::kSkip;
  if (text == "fail") return OnError::kFail;
  throw Error(ErrorCode::kUsage, "--on-error must be skip or fail, not \"" + text + "\"");
}

std::string Diagnostic::ToString() const {
  std::string where = line > 0 ? LineLocation(file, line) : file;
  return where + ": " + message;
}

void DiagnosticLog::Report(Diagnostic diagnostic) {
  ++count_;
  if (callback_) callback_(diagnostic);
  if (policy_ == OnError::kFail) {
    std::string where =
        diagnostic.line > 0 ? LineLocation(diagnostic.file, diagnostic.line) : diagnostic.file;
    throw Error(ErrorCode::kData, diagnostic.message, where);
  }
  if (kept_.size() < keep_) {
    kept_.push_back(std::move(diagnostic));
  } else {
    last_ = std::move(diagnostic);
  }
}

const Diagnostic* DiagnosticLog::last() const {
  if (last_) return &*last_;
  return kept_.empty() ? nullptr : &kept_.back();
}

}  // namespace liputan
