// The stable hash: published FNV-1a test vectors, and the legacy start value whose outputs are
// persisted (report state keys, sample user ids) pinned so that a change shows.
#include "common/hash64.h"

#include <gtest/gtest.h>

namespace liputan {
namespace {

TEST(Hash64Test, Fnv1a64MatchesPublishedVectors) {
  EXPECT_EQ(Fnv1a64(""), 0xcbf29ce484222325ull);
  EXPECT_EQ(Fnv1a64("a"), 0xaf63dc4c8601ec8cull);
  EXPECT_EQ(Fnv1a64("foobar"), 0x85944171f73967e8ull);
}

TEST(Hash64Test, ChainingEqualsHashingTheConcatenation) {
  EXPECT_EQ(Fnv1a64("bar", Fnv1a64("foo")), Fnv1a64("foobar"));
  EXPECT_EQ(Fnv1a64Step(kFnv1a64Basis, 'a'), Fnv1a64("a"));
}

TEST(Hash64Test, LegacyBasisValuesStayPut) {
  EXPECT_EQ(Fnv1a64("a", kFnv1a64LegacyBasis), 0x44bd8ad473cd9906ull);
}

TEST(Hash64Test, TagIsSixteenLowerCaseHexDigits) {
  EXPECT_EQ(Fnv1a64Tag(0xcbf29ce484222325ull), "fnv1a64:cbf29ce484222325");
  EXPECT_EQ(Fnv1a64Tag(1), "fnv1a64:0000000000000001");
}

TEST(Hash64Test, SplitMix64MatchesTheReferenceGenerator) {
  // The first output of SplitMix64 seeded with 0 (Vigna's reference implementation).
  EXPECT_EQ(SplitMix64Mix(0 + kSplitMix64Gamma), 0xe220a8397b1dcdafull);
  EXPECT_EQ(SplitMix64Mix(0), 0u);
}

}  // namespace
}  // namespace liputan
