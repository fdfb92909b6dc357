#include "summarize/term_extractor.h"

#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace pagesift::summarize {
namespace {

std::vector<std::string> Terms(std::string_view lang, std::string_view text, bool drop_stopwords = true,
                               size_t* words = nullptr) {
  std::unique_ptr<TermExtractor> extractor;
  Status status = TermExtractor::Create(lang, drop_stopwords, &extractor);
  EXPECT_TRUE(status.ok()) << status.ToString();
  std::vector<std::string> terms;
  size_t count = extractor ? extractor->Extract(text, &terms) : 0;
  if (words != nullptr) *words = count;
  return terms;
}

using TermList = std::vector<std::string>;

TEST(TermExtractorTest, EnglishStemsAndDropsStopwords) {
  size_t words = 0;
  EXPECT_EQ(Terms("en", "The Elections were running, and the runner ran.", true, &words),
            (TermList{"elect", "run", "runner", "ran"}));
  EXPECT_EQ(words, 8u);
}

TEST(TermExtractorTest, KeepsStopwordsWhenAsked) {
  EXPECT_EQ(Terms("en", "The cats", false), (TermList{"the", "cat"}));
}

TEST(TermExtractorTest, FrenchElisionsAndAccents) {
  EXPECT_EQ(Terms("fr", "L’élection qu’ils attendaient"), (TermList{"élect", "attend"}));
  EXPECT_EQ(Terms("fr", "Les élections"), Terms("fr", "l'élection"));
}

TEST(TermExtractorTest, GermanFoldsSharpS) {
  // Full case folding makes "Straße" and "STRASSE" one term.
  EXPECT_EQ(Terms("de", "Straße"), Terms("de", "STRASSE"));
}

TEST(TermExtractorTest, NumbersAreTermsAsWritten) {
  EXPECT_EQ(Terms("en", "In 2024 it cost 3.50 dollars"), (TermList{"2024", "cost", "3.50", "dollar"}));
}

TEST(TermExtractorTest, UnknownLanguageIsFoldedButNotStemmed) {
  EXPECT_EQ(Terms("und", "The Running cats"), (TermList{"the", "running", "cats"}));
}

TEST(TermExtractorTest, OverlongWordsAreSkipped) {
  std::string blob(500, 'a');
  EXPECT_EQ(Terms("en", "x " + blob + " y"), (TermList{"x", "y"}));
}

TEST(FoldCaseTest, FoldsCaseAndApostrophes) {
  EXPECT_EQ(FoldCase("L’Article ÉTÉ"), "l'article été");
}

}  // namespace
}  // namespace pagesift::summarize
