// ROUGE on known values: examples worked by hand in Lin (2004) and in the
// usual ROUGE tutorials, plus the edge cases.
#include "summarize_eval/rouge.h"

#include <gtest/gtest.h>

namespace pagesift::eval {
namespace {

Tokens Words(std::string_view text) { return RougeTokens(text, "und"); }

TEST(RougeTest, UnigramAndBigramOfTheCatExample) {
  // Reference "the cat was under the bed", candidate "the cat was found under the bed".
  Tokens reference = Words("the cat was under the bed");
  Tokens candidate = Words("the cat was found under the bed");
  RougeScore r1 = RougeN(candidate, reference, 1);
  EXPECT_DOUBLE_EQ(r1.recall, 6.0 / 6);
  EXPECT_DOUBLE_EQ(r1.precision, 6.0 / 7);
  RougeScore r2 = RougeN(candidate, reference, 2);
  EXPECT_DOUBLE_EQ(r2.recall, 4.0 / 5);  // the cat, cat was, under the, the bed
  EXPECT_DOUBLE_EQ(r2.precision, 4.0 / 6);
  EXPECT_DOUBLE_EQ(r2.f1, 2 * 0.8 * (4.0 / 6) / (0.8 + 4.0 / 6));
}

TEST(RougeTest, LcsExamplesOfLin2004) {
  // Section 3.1: S1 "police killed the gunman" is the reference.
  Tokens s1 = Words("police killed the gunman");
  Tokens s2 = Words("police kill the gunman");
  Tokens s3 = Words("the gunman kill police");
  EXPECT_DOUBLE_EQ(RougeL(s2, s1).recall, 3.0 / 4);  // "police the gunman"
  EXPECT_DOUBLE_EQ(RougeL(s3, s1).recall, 2.0 / 4);  // "the gunman"
  // ROUGE-2 cannot tell them apart: one bigram each, "the gunman".
  EXPECT_DOUBLE_EQ(RougeN(s2, s1, 2).recall, 1.0 / 3);
  EXPECT_DOUBLE_EQ(RougeN(s3, s1, 2).recall, 1.0 / 3);
}

TEST(RougeTest, CountsAreClipped) {
  // "the" three times in the candidate matches the reference's two only.
  RougeScore r1 = RougeN(Words("the the the"), Words("the cat and the dog"), 1);
  EXPECT_DOUBLE_EQ(r1.recall, 2.0 / 5);
  EXPECT_DOUBLE_EQ(r1.precision, 2.0 / 3);
}

TEST(RougeTest, EmptySidesScoreZero) {
  EXPECT_EQ(RougeN(Words(""), Words("a b"), 1).recall, 0.0);
  EXPECT_EQ(RougeN(Words("a b"), Words(""), 1).f1, 0.0);
  EXPECT_EQ(RougeN(Words("a"), Words("a"), 2).recall, 0.0);  // no bigram on either side
  EXPECT_EQ(RougeL(Words(""), Words("")).recall, 0.0);
}

TEST(RougeTest, TokensAreFoldedStemmedAndKeepStopwords) {
  EXPECT_EQ(RougeTokens("The Cats, running!", "en"), (Tokens{"the", "cat", "run"}));
  EXPECT_EQ(RougeTokens("Les élections", "fr"), (Tokens{"le", "élect"}));
  // Identical texts score 1 on every measure.
  Tokens t = RougeTokens("Le conseil a voté le plan hier soir.", "fr");
  EXPECT_DOUBLE_EQ(RougeN(t, t, 2).f1, 1.0);
  EXPECT_DOUBLE_EQ(RougeL(t, t).f1, 1.0);
}

TEST(LongestCommonSubsequenceTest, KnownLengths) {
  EXPECT_EQ(LongestCommonSubsequence(Words("a b c d e f"), Words("a c e x f")), 4u);
  EXPECT_EQ(LongestCommonSubsequence(Words("a b"), Words("c d")), 0u);
}

}  // namespace
}  // namespace pagesift::eval
