#pragma once

#include <functional>
#include <map>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace liputan::render {

// A value of a Mustache context (mustache.h): a string, a bool, a list or a map. These are the
// Mustache spec's data kinds less numbers and lambdas, which report.html does not use: callers
// format numbers themselves (in the report's language).
class MustacheValue {
 public:
  using List = std::vector<MustacheValue>;
  using Map = std::map<std::string, MustacheValue, std::less<>>;

  // Implicit, so a context reads as a literal: Map{{"title", title}, {"has_kpis", true}}.
  MustacheValue() = default;  // the empty string
  MustacheValue(std::string text) : text_(std::move(text)) {}
  MustacheValue(const char* text) : text_(text) {}
  // Only a bool itself: an int or pointer converting to bool would be a silent mistake.
  template <typename Bool, std::enable_if_t<std::is_same_v<Bool, bool>, int> = 0>
  MustacheValue(Bool flag) : kind_(Kind::kBool), flag_(flag) {}
  MustacheValue(List list) : kind_(Kind::kList), list_(std::move(list)) {}
  MustacheValue(Map map) : kind_(Kind::kMap), map_(std::move(map)) {}

  // The value when it is of that kind, else nullptr.
  const std::string* AsString() const { return kind_ == Kind::kString ? &text_ : nullptr; }
  const bool* AsBool() const { return kind_ == Kind::kBool ? &flag_ : nullptr; }
  const List* AsList() const { return kind_ == Kind::kList ? &list_ : nullptr; }
  const Map* AsMap() const { return kind_ == Kind::kMap ? &map_ : nullptr; }

  // What hides a {{#section}} and shows an {{^inverted}} one: false, "" and the empty list (a map,
  // even an empty one, is a context and shows the section once).
  bool Falsey() const {
    switch (kind_) {
      case Kind::kString:
        return text_.empty();
      case Kind::kBool:
        return !flag_;
      case Kind::kList:
        return list_.empty();
      case Kind::kMap:
        return false;
    }
    return false;
  }

 private:
  // Members rather than a std::variant: g++ 12 warns (-Wmaybe-uninitialized, a false positive)
  // when a variant holding a bool is moved out of a braced list, as every context here is.
  enum class Kind { kString, kBool, kList, kMap };
  Kind kind_ = Kind::kString;
  std::string text_;
  bool flag_ = false;
  List list_;
  Map map_;
};

}  // namespace liputan::render
