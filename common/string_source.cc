#include "common/string_source.h"

#include <algorithm>
#include <cstring>

namespace liputan {
namespace {

class StringSource : public ByteSource {
 public:
  StringSource(std::string data, std::string name)
      : data_(std::move(data)), name_(std::move(name)) {}
  size_t Read(char* buffer, size_t size) override {
    size_t n = std::min(size, data_.size() - at_);
    std::memcpy(buffer, data_.data() + at_, n);
    at_ += n;
    return n;
  }
  const std::string& name() const override { return name_; }

 private:
  std::string data_;
  std::string name_;
  size_t at_ = 0;
};

class PrefixedSource : public ByteSource {
 public:
  PrefixedSource(std::string prefix, std::unique_ptr<ByteSource> rest)
      : prefix_(std::move(prefix)), rest_(std::move(rest)) {}
  size_t Read(char* buffer, size_t size) override {
    if (at_ < prefix_.size()) {
      size_t n = std::min(size, prefix_.size() - at_);
      std::memcpy(buffer, prefix_.data() + at_, n);
      at_ += n;
      return n;
    }
    return rest_->Read(buffer, size);
  }
  const std::string& name() const override { return rest_->name(); }

 private:
  std::string prefix_;
  std::unique_ptr<ByteSource> rest_;
  size_t at_ = 0;
};

}  // namespace

std::unique_ptr<ByteSource> MakeStringSource(std::string data, std::string name) {
  return std::make_unique<StringSource>(std::move(data), std::move(name));
}

std::unique_ptr<ByteSource> MakePrefixedSource(std::string prefix,
                                               std::unique_ptr<ByteSource> rest) {
  return std::make_unique<PrefixedSource>(std::move(prefix), std::move(rest));
}

}  // namespace liputan
