#include "corpora/input_health.h"

#include <cstdio>

#include "common/error.h"
#include "common/input_limits.h"

namespace liputan {
namespace {

std::string Records(long long n) { return std::to_string(n) + (n == 1 ? " record" : " records"); }

std::string ShareText(double share) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", share);
  return buffer;
}

}  // namespace

InputHealth::InputHealth(double max_bad_share)
    : max_bad_share_(max_bad_share >= 0 ? max_bad_share : ProcessInputLimits().max_bad_share) {}

void InputHealth::Begin(std::string name, const DiagnosticLog& log) {
  End(log);
  name_ = std::move(name);
  open_ = true;
  hint_.clear();
  good_ = 0;
  bad_before_ = log.count();
}

void InputHealth::End(const DiagnosticLog& log) {
  if (!open_) return;
  open_ = false;
  const long long bad = log.count() - bad_before_;
  if (bad == 0) return;
  if (good_ == 0) {
    throw Error(ErrorCode::kData,
                "nothing could be read: " + Records(bad) + " bad, none good" + FirstProblem(log) +
                    (hint_.empty() ? "" : "; " + hint_),
                name_);
  }
  const double share = static_cast<double>(bad) / static_cast<double>(bad + good_);
  if (share > max_bad_share_) {
    throw Error(ErrorCode::kData,
                Records(bad) + " of " + std::to_string(bad + good_) +
                    " bad, more than --max-bad-share " + ShareText(max_bad_share_) + " allows" +
                    FirstProblem(log),
                name_);
  }
}

std::string InputHealth::FirstProblem(const DiagnosticLog& log) const {
  const auto& kept = log.kept();
  // The log keeps the run's first problems; this input's first is there unless earlier inputs
  // filled it, and then its last problem stands in.
  if (static_cast<size_t>(bad_before_) < kept.size()) {
    return " (first: " + kept[static_cast<size_t>(bad_before_)].ToString() + ")";
  }
  if (const Diagnostic* last = log.last()) return " (last: " + last->ToString() + ")";
  return "";
}

}  // namespace liputan
