#include "report/render/word_stats.h"

#include <gtest/gtest.h>

namespace liputan::render {
namespace {

TEST(Keyness, LogLikelihoodMatchesHandComputation) {
  // a=10 of c=1000 tokens vs b=20 of d=10000: E1 = 2.7273, E2 = 27.2727,
  // G² = 2(10 ln(10/2.7273) + 20 ln(20/27.2727)) = 13.5795.
  EXPECT_NEAR(SignedLogLikelihood(10, 20, 1000, 10000), 13.5795, 1e-3);
  EXPECT_NEAR(SignedLogLikelihood(2, 50, 1000, 10000), -2.1681, 1e-3)
      << "under-used terms are negative";
  EXPECT_DOUBLE_EQ(SignedLogLikelihood(5, 50, 1000, 10000), 0.0) << "same relative frequency";
}

TEST(Keyness, LogRatioIsTheBinaryLogOfTheFrequencyRatio) {
  EXPECT_NEAR(LogRatio(10, 20, 1000, 10000), std::log2(5.0), 1e-12);
  EXPECT_NEAR(LogRatio(10, 0, 1000, 1000), std::log2(10 / 0.5), 1e-12)
      << "zero count stands in as 0.5";
}

TEST(Keyness, PValueOfOneDegreeOfFreedom) {
  EXPECT_NEAR(ChiSquare1PValue(3.841), 0.05, 1e-3);
  EXPECT_NEAR(ChiSquare1PValue(10.83), 0.001, 1e-4);
  EXPECT_DOUBLE_EQ(ChiSquare1PValue(0.0), 1.0);
}

TermCounts TwoAgencies() {
  TermCounts counts;
  counts.Add("dinkes", "puskesmas", 30);
  counts.Add("dinkes", "layanan", 20);
  counts.Add("dinkes", "warga", 50);
  counts.Add("bpbd", "banjir", 25);
  counts.Add("bpbd", "layanan", 25);
  counts.Add("bpbd", "warga", 50);
  return counts;
}

TEST(WordStats, TopTermsAndKeywordsAgainstTheRest) {
  const auto stats = ComputeWordStats(TwoAgencies());
  ASSERT_EQ(stats.size(), 2u);
  const AgencyTerms& dinkes = stats[1];
  ASSERT_EQ(dinkes.agency, "dinkes");
  EXPECT_EQ(dinkes.tokens, 100);
  ASSERT_GE(dinkes.top.size(), 3u);
  EXPECT_EQ(dinkes.top[0].term, "warga");
  EXPECT_DOUBLE_EQ(dinkes.top[0].per_10k, 5000.0);
  ASSERT_EQ(dinkes.keyness.size(), 1u) << "only puskesmas is markedly over-used";
  EXPECT_EQ(dinkes.keyness[0].term, "puskesmas");
  EXPECT_EQ(dinkes.keyness[0].count_rest, 0);
  EXPECT_GT(dinkes.keyness[0].g2, 10.83);
  EXPECT_LT(dinkes.keyness[0].p_value, 0.001);
}

TEST(WordStats, SingleAgencyHasNoKeywords) {
  TermCounts counts;
  counts.Add("dinkes", "puskesmas", 30);
  const auto stats = ComputeWordStats(counts);
  ASSERT_EQ(stats.size(), 1u);
  EXPECT_TRUE(stats[0].keyness.empty());
  EXPECT_EQ(stats[0].top.size(), 1u);
}

TEST(WordStats, CountsWordsAndHashtagsOnly) {
  TermCounts counts;
  counts.AddTokens("a", {{"puskesmas", TokenType::kWord, 0, 9},
                         {"#pemalanghebat", TokenType::kHashtag, 10, 24},
                         {"2024", TokenType::kWord, 25, 29},
                         {"x", TokenType::kWord, 30, 31},
                         {"https://t.co/x", TokenType::kUrl, 32, 46},
                         {"@dinkes", TokenType::kMention, 47, 54}});
  EXPECT_EQ(counts.totals().at("a"), 2);
  EXPECT_EQ(counts.counts().at("a").count("#pemalanghebat"), 1u);
}

TEST(WordStats, MergingShardsEqualsOnePass) {
  TermCounts left, right, whole;
  left.Add("a", "banjir", 3);
  right.Add("a", "banjir", 4);
  right.Add("b", "sekolah", 2);
  whole.Add("a", "banjir", 7);
  whole.Add("b", "sekolah", 2);
  left.Merge(right);
  EXPECT_EQ(left.counts(), whole.counts());
  EXPECT_EQ(left.totals(), whole.totals());
}

}  // namespace
}  // namespace liputan::render
