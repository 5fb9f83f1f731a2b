#include "report/handle_key.h"

#include <gtest/gtest.h>

#include <string>

namespace liputan::report {
namespace {

// Every byte value at every position of handles of every length the word-wise check treats
// differently (1-3, 4-7, 8, 9-16, longer): a handle is "normal" exactly when NormalizeHandle
// leaves it as it is, and the key is always NormalizeHandle's.
TEST(HandleKeyTest, AgreesWithNormalizeHandleForEveryByteAndPosition) {
  for (size_t length = 1; length <= 20; ++length) {
    for (size_t at = 0; at < length; ++at) {
      for (int byte = 0; byte < 256; ++byte) {
        std::string handle(length, 'a');
        for (size_t i = 0; i < length; ++i) handle[i] = static_cast<char>('a' + i % 26);
        handle[at] = static_cast<char>(byte);
        const std::string normal = NormalizeHandle(handle);
        ASSERT_EQ(IsNormalizedHandle(handle), normal == handle)
            << length << " " << at << " " << byte;
        ASSERT_EQ(HandleKey(handle).view(), normal) << length << " " << at << " " << byte;
      }
    }
  }
  EXPECT_TRUE(IsNormalizedHandle(""));
  EXPECT_EQ(HandleKey(" @DinKes ").view(), "dinkes");
  EXPECT_EQ(HandleKey("diskominfo_jateng").view(), "diskominfo_jateng");
  EXPECT_EQ(HandleKey("diskominfo_jatenG").view(), "diskominfo_jateng");
}

}  // namespace
}  // namespace liputan::report
