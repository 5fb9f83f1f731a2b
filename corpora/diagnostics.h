#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace liputan {

// What a batch does with a bad record: count it and go on, or stop with its message.
enum class OnError { kSkip, kFail };

// "skip" or "fail"; anything else throws ErrorCode::kUsage.
OnError ParseOnError(const std::string& text);

// One problem with one input record.
struct Diagnostic {
  std::string file;
  long long line = 0;  // 0 when the problem concerns the whole file
  std::string message;

  // "file:line: message" (or "file: message").
  std::string ToString() const;
};

// Collects the per-record problems of a read: all are counted, the first few are kept whole so a
// command can show them, and a callback (if set) sees each as it happens. Under OnError::kFail the
// first problem throws liputan::Error(kData) with its location instead.
class DiagnosticLog {
 public:
  explicit DiagnosticLog(OnError policy = OnError::kFail, size_t keep = 20)
      : policy_(policy), keep_(keep) {}

  void Report(Diagnostic diagnostic);

  long long count() const { return count_; }
  const std::vector<Diagnostic>& kept() const { return kept_; }
  // The latest problem reported, or null when none was.
  const Diagnostic* last() const;
  OnError policy() const { return policy_; }
  void set_callback(std::function<void(const Diagnostic&)> callback) {
    callback_ = std::move(callback);
  }

 private:
  OnError policy_;
  size_t keep_;
  long long count_ = 0;
  std::vector<Diagnostic> kept_;
  std::optional<Diagnostic> last_;  // once kept_ is full (else kept_.back() is the last)
  std::function<void(const Diagnostic&)> callback_;
};

}  // namespace liputan
