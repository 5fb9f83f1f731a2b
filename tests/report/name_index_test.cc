#include "report/name_index.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace liputan::report {
namespace {

// Names of every length the hash and comparison treat differently (0, 1-3, 4-7, 8-16, longer),
// and pairs that differ only in one byte at the start, the middle or the end.
std::vector<std::string> Names() {
  std::vector<std::string> names = {""};
  for (size_t length = 1; length <= 40; ++length) {
    std::string base(length, 'a');
    for (size_t i = 0; i < length; ++i) base[i] = static_cast<char>('a' + (i * 7 + length) % 26);
    names.push_back(base);
    for (size_t at : {size_t{0}, length / 2, length - 1}) {
      std::string other = base;
      other[at] = '_';
      names.push_back(other);
    }
  }
  return names;
}

TEST(NameIndexTest, IdsInOrderOfFirstInsertionAndStableAcrossGrowth) {
  NameIndex index;
  std::vector<std::string> distinct;
  for (const std::string& name : Names()) {
    if (index.Find(name) == NameIndex::kNone) distinct.push_back(name);
    index.Intern(name);
  }
  for (int i = 0; i < 3000; ++i) {  // several doublings of the table
    distinct.push_back("warga" + std::to_string(i));
    EXPECT_EQ(index.Intern(distinct.back()), distinct.size() - 1);
  }
  ASSERT_EQ(index.names(), distinct);
  for (size_t id = 0; id < distinct.size(); ++id) {
    EXPECT_EQ(index.Find(distinct[id]), id) << distinct[id];
    EXPECT_EQ(index.Intern(distinct[id]), id) << distinct[id];
  }
  EXPECT_EQ(index.names().size(), distinct.size());
}

TEST(NameIndexTest, UnknownNamesAreNotFoundAndFindDoesNotInsert) {
  NameIndex index;
  EXPECT_EQ(index.Find("kesehatan"), NameIndex::kNone);
  index.Intern("kesehatan");
  EXPECT_EQ(index.Find("kesehatan"), 0u);
  EXPECT_EQ(index.Find("kesehatam"), NameIndex::kNone);  // same length, last byte differs
  EXPECT_EQ(index.Find("Kesehatan"), NameIndex::kNone);  // names are exact, case included
  EXPECT_EQ(index.Find("kesehatan "), NameIndex::kNone);
  EXPECT_EQ(index.Find(""), NameIndex::kNone);
  EXPECT_EQ(index.names().size(), 1u);
}

}  // namespace
}  // namespace liputan::report
