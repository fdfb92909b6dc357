#include "metadata/candidate_text.h"

#include <gtest/gtest.h>

#include "metadata_test_page.h"

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

TEST(CandidateText, AnUntranslatedMessageKeyIsAPlaceholder) {
  EXPECT_TRUE(IsPlaceholder("page.head.extra.author"));
  EXPECT_TRUE(IsPlaceholder(" post.meta.author_name "));
  // Host names, versions, initials and handles are not keys.
  EXPECT_FALSE(IsPlaceholder("news.site.co.uk"));
  EXPECT_FALSE(IsPlaceholder("v1.2.3"));
  EXPECT_FALSE(IsPlaceholder("J.R.R. Tolkien"));
  EXPECT_FALSE(IsPlaceholder("andrew.keaveney"));
  EXPECT_FALSE(IsPlaceholder("sara.r.peter"));
  EXPECT_FALSE(IsPlaceholder("page..author"));
  // The key in the author meta tag gives way to the byline the page prints.
  Result r = MetadataOf(R"(<html><head><meta name="author" content="page.head.extra.author"></head>
    <body><h1>Seven ways to save</h1><span class="blog-meta-author">Tim Enwall</span><p>x</p></body></html>)");
  EXPECT_EQ(r.byline, "Tim Enwall");
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
