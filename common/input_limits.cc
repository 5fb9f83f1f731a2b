#include "common/input_limits.h"

#include "common/error.h"

namespace liputan {
namespace {

InputLimits& Limits() {
  static InputLimits limits;
  return limits;
}

}  // namespace

const InputLimits& ProcessInputLimits() { return Limits(); }

void SetProcessInputLimits(const InputLimits& limits) { Limits() = limits; }

void CheckRecordCount(long long records, long long max_records, const std::string& location) {
  if (max_records <= 0 || records <= max_records) return;
  throw Error(ErrorCode::kData,
              "more than " + std::to_string(max_records) + " records (--max-records caps the run)",
              location);
}

std::string FieldTooLongMessage(const std::string& field, size_t max_field_bytes) {
  return field + " longer than " + std::to_string(max_field_bytes) +
         " bytes (--max-field-bytes raises the cap)";
}

}  // namespace liputan
