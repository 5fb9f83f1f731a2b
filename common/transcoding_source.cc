#include "common/transcoding_source.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include <array>
#include <cctype>
#include <vector>

#include "common/error.h"

namespace liputan {
namespace {

struct ConverterDeleter {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterDeleter>;

ConverterPtr OpenConverter(const std::string& encoding) {
  UErrorCode status = U_ZERO_ERROR;
  ConverterPtr converter(ucnv_open(encoding.c_str(), &status));
  if (U_FAILURE(status) || !converter) {
    throw Error(ErrorCode::kUsage, "unknown encoding \"" + encoding + "\"");
  }
  // Stop at a byte that is invalid in the encoding instead of silently substituting U+FFFD.
  ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  return converter;
}

class TranscodingSource : public ByteSource {
 public:
  TranscodingSource(std::unique_ptr<ByteSource> source, const std::string& encoding)
      : source_(std::move(source)),
        encoding_(encoding),
        from_(OpenConverter(encoding)),
        to_utf8_(OpenConverter("UTF-8")),
        input_(1u << 16) {}

  size_t Read(char* buffer, size_t size) override {
    while (!done_) {
      if (in_pos_ == in_end_ && !eof_) Refill();
      char* target = buffer;
      const char* src = input_.data() + in_pos_;
      UErrorCode status = U_ZERO_ERROR;
      ucnv_convertEx(to_utf8_.get(), from_.get(), &target, buffer + size, &src,
                     input_.data() + in_end_, pivot_.data(), &pivot_source_, &pivot_target_,
                     pivot_.data() + pivot_.size(), first_, eof_, &status);
      first_ = false;
      consumed_ += static_cast<size_t>(src - (input_.data() + in_pos_));
      in_pos_ = static_cast<size_t>(src - input_.data());
      size_t produced = static_cast<size_t>(target - buffer);
      if (status == U_BUFFER_OVERFLOW_ERROR) return produced;
      if (U_FAILURE(status)) {
        throw Error(ErrorCode::kData,
                    "byte sequence invalid in encoding " + encoding_ + " near byte " +
                        std::to_string(consumed_) + " (" + u_errorName(status) + ")",
                    source_->name());
      }
      if (produced > 0) return produced;
      if (eof_ && in_pos_ == in_end_) done_ = true;
    }
    return 0;
  }
  const std::string& name() const override { return source_->name(); }

 private:
  void Refill() {
    in_pos_ = 0;
    in_end_ = source_->Read(input_.data(), input_.size());
    if (in_end_ == 0) eof_ = true;
  }

  std::unique_ptr<ByteSource> source_;
  std::string encoding_;
  ConverterPtr from_;
  ConverterPtr to_utf8_;
  std::vector<char> input_;
  size_t in_pos_ = 0;
  size_t in_end_ = 0;
  size_t consumed_ = 0;
  bool eof_ = false;
  bool done_ = false;
  bool first_ = true;
  std::array<UChar, 4096> pivot_{};
  UChar* pivot_source_ = pivot_.data();
  UChar* pivot_target_ = pivot_.data();
};

bool IsUtf8Name(const std::string& encoding) {
  std::string folded;
  for (char c : encoding) {
    if (c != '-' && c != '_') folded.push_back(static_cast<char>(std::tolower(c)));
  }
  return folded == "utf8";
}

}  // namespace

std::unique_ptr<ByteSource> MakeTranscodingSource(std::unique_ptr<ByteSource> source,
                                                  const std::string& encoding) {
  if (encoding.empty() || IsUtf8Name(encoding)) return source;
  return std::make_unique<TranscodingSource>(std::move(source), encoding);
}

}  // namespace liputan
