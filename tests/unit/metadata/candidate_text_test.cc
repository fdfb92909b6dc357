#include "metadata/candidate_text.h"

#include <gtest/gtest.h>

namespace pagesift::metadata {
namespace {

TEST(CandidateText, DecodesDoubleEscapedReferences) {
  EXPECT_EQ(CleanText("Tom &amp; Jerry"), "Tom & Jerry");
  EXPECT_EQ(CleanText("And finally&#8230; trouble"), "And finally\xE2\x80\xA6 trouble");
  EXPECT_EQ(CleanText("Houston&#39;s best"), "Houston's best");
  EXPECT_EQ(CleanText("&amp;#038;"), "&");  // escaped twice over
}

TEST(CandidateText, KeepsUnknownAndBrokenReferences) {
  EXPECT_EQ(CleanText("&#xg; a &bogus; b"), "&#xg; a &bogus; b");
  EXPECT_EQ(CleanText("&#xFFFFFFFF;"), "\xEF\xBF\xBD");  // out of range: U+FFFD
}

TEST(CandidateText, CollapsesWhitespace) { EXPECT_EQ(CleanText("  a \n\t b  "), "a b"); }

TEST(CandidateText, RejectsUrlsAndPlaceholders) {
  EXPECT_TRUE(IsUrl("https://example.com/author/jane"));
  EXPECT_TRUE(IsUrl("//cdn.example.com/x"));
  EXPECT_FALSE(IsUrl("Jane Doe"));
  EXPECT_TRUE(IsPlaceholder("{{title}}"));
  EXPECT_TRUE(IsPlaceholder("${author}"));
  EXPECT_TRUE(IsPlaceholder("%%title%%"));
  EXPECT_TRUE(IsPlaceholder("[title]"));
  EXPECT_FALSE(IsUsable("   "));
  EXPECT_TRUE(IsUsable("A real title"));
}

TEST(CandidateText, ComparesWords) {
  EXPECT_TRUE(SameWords("Big News!", "big  news"));
  EXPECT_FALSE(SameWords("Big News", "News Big"));
  EXPECT_TRUE(WordsContained("news big", "The Big News Today"));
  EXPECT_EQ(SharedWordCount("big red news", "The Big News"), 2u);
}

TEST(CandidateText, SymbolsSeparateWordsInAnyScript) {
  // A permalink sign, a trade mark or curly quotes are not part of a word.
  EXPECT_TRUE(SameWords("Quickstart¶", "Quickstart"));
  EXPECT_TRUE(SameWords("Crusher® ANC 2", "Crusher ANC 2"));
  EXPECT_TRUE(SameWords("Results for “Cameras”", "results for cameras"));
  // Letters with diacritics and other scripts stay whole words.
  EXPECT_EQ(Words("Élève à Zürich"), (std::vector<std::string>{"Élève", "à", "zürich"}));
  EXPECT_EQ(Words("東京 2024"), (std::vector<std::string>{"東京", "2024"}));
  EXPECT_FALSE(SameWords("café", "caf"));
}

TEST(CandidateText, DropsSoftHyphens) {
  EXPECT_EQ(CleanText("Home Repair Assis\u00ADtance"), "Home Repair Assistance");
  EXPECT_EQ(CleanText("\u00AD"), "");
}

}  // namespace
}  // namespace pagesift::metadata
