#include "metadata/byline.h"

#include <gtest/gtest.h>

#include "metadata_test_page.h"

namespace pagesift::metadata {
namespace {

TEST(CleanAuthorName, StripsBylineWordsInSeveralLanguages) {
  EXPECT_EQ(CleanAuthorName("By Jane Doe", ""), "Jane Doe");
  EXPECT_EQ(CleanAuthorName("Par Sébastien Farcis", ""), "Sébastien Farcis");
  EXPECT_EQ(CleanAuthorName("Von Max Mustermann", ""), "Max Mustermann");
  EXPECT_EQ(CleanAuthorName("Por Ana García", ""), "Ana García");
  EXPECT_EQ(CleanAuthorName("Di Mario Rossi", ""), "Mario Rossi");
  EXPECT_EQ(CleanAuthorName("Written by: Jane Doe", ""), "Jane Doe");
}

TEST(CleanAuthorName, CutsTrailingInformation) {
  EXPECT_EQ(CleanAuthorName("David Jackson - FullStack Editorial Team", ""), "David Jackson");
  EXPECT_EQ(CleanAuthorName("Brian Truitt, USA TODAY", "USA TODAY"), "Brian Truitt");
  EXPECT_EQ(CleanAuthorName("Haley Hoekstra • March 12, 2025", ""), "Haley Hoekstra");
}

TEST(CleanAuthorName, RejectsNonNames) {
  EXPECT_EQ(CleanAuthorName("https://www.facebook.com/jane", ""), "");
  EXPECT_EQ(CleanAuthorName("{{author}}", ""), "");
  EXPECT_EQ(CleanAuthorName("@handle", ""), "");
  EXPECT_EQ(CleanAuthorName("jane@example.com", ""), "");
  EXPECT_EQ(CleanAuthorName("admin", ""), "");
  EXPECT_EQ(CleanAuthorName("Daily Planet", "Daily Planet"), "");
  EXPECT_EQ(CleanAuthorName("12345", ""), "");
  EXPECT_EQ(CleanAuthorName("February 8, 2022", ""), "");
  EXPECT_EQ(CleanAuthorName("Reviewed by Justin Meserole", ""), "");
  EXPECT_EQ(CleanAuthorName("Follow Sarah", ""), "");
  EXPECT_EQ(CleanAuthorName("The Author", ""), "");
}

TEST(Byline, PersonNameTest) {
  EXPECT_TRUE(LooksLikePersonName("Ludwig van Beethoven"));
  EXPECT_FALSE(LooksLikePersonName("the way we were"));
  EXPECT_FALSE(LooksLikePersonName("Jane Doe 2024"));
}

TEST(Byline, SplitsAndJoinsAuthorLists) {
  std::vector<std::string> names = SplitAuthorList("Jane Doe, John Roe and Ann Poe");
  ASSERT_EQ(names.size(), 3u);
  EXPECT_EQ(names[2], "Ann Poe");
  EXPECT_EQ(JoinAuthors(names), "Jane Doe, John Roe, Ann Poe");
}

TEST(Byline, JsonLdAuthorsByGraphReference) {
  Result r = MetadataOf(R"(<html><head><script type="application/ld+json">
    {"@graph":[{"@type":"Article","headline":"H","author":[{"@id":"#p1"},{"@id":"#p2"}]},
               {"@type":"Person","@id":"#p1","name":"Jane Doe"},
               {"@type":"Person","@id":"#p2","name":"John Roe"}]}
    </script></head><body></body></html>)");
  EXPECT_EQ(r.byline, "Jane Doe, John Roe");
  ASSERT_EQ(r.authors.size(), 2u);
}

TEST(Byline, PersonBeatsMetaAndOrganizationComesLast) {
  Result r = MetadataOf(R"(<html><head><meta name="author" content="Meta Author">
    <script type="application/ld+json">{"@type":"Article","author":{"@type":"Person","name":"Jane Doe"}}</script>
    </head><body></body></html>)");
  EXPECT_EQ(r.byline, "Jane Doe");
  r = MetadataOf(R"(<html><head><script type="application/ld+json">
    {"@type":"Article","author":{"@type":"Organization","name":"Acme Newsroom"}}</script></head>
    <body><h1>Story</h1><span class="byline">By Jane Doe</span></body></html>)");
  EXPECT_EQ(r.byline, "Jane Doe");
  r = MetadataOf(R"(<html><head><script type="application/ld+json">
    {"@type":"Article","author":{"@type":"Organization","name":"Acme Newsroom"}}</script></head>
    <body><h1>Story</h1></body></html>)");
  EXPECT_EQ(r.byline, "Acme Newsroom");
}

TEST(Byline, MetaTagsDublinCoreFirstAndCitationFlipped) {
  Result r = MetadataOf(R"(<html><head><meta name="author" content="Meta Author">
    <meta property="dc:creator" content="Dublin Author"></head><body></body></html>)");
  EXPECT_EQ(r.byline, "Dublin Author");
  r = MetadataOf(R"(<html><head><meta name="citation_author" content="Roy, Aniruddha">
    <meta name="citation_author" content="Doe, Jane"></head><body></body></html>)");
  EXPECT_EQ(r.byline, "Aniruddha Roy, Jane Doe");
}

TEST(Byline, RejectsUrlAuthorMetaAndFallsThrough) {
  Result r = MetadataOf(R"(<html><head><meta property="article:author" content="https://facebook.com/jane">
    </head><body><h1>Story</h1><a rel="author" href="/jane">Jane Doe</a></body></html>)");
  EXPECT_EQ(r.byline, "Jane Doe");
}

TEST(Byline, MicrodataAuthorName) {
  Result r = MetadataOf(R"(<html><body><h1>Story</h1><aside><span itemprop="author">
    <span itemprop="name">Nicolas Perriault</span> —</span></aside></body></html>)");
  EXPECT_EQ(r.byline, "Nicolas Perriault");
}

TEST(Byline, MarkedBylineAfterHeadingBeatsOneInRelatedPosts) {
  Result r = MetadataOf(R"(<html><body><div class="related"><span class="author">Other Person</span></div>
    <h1>Story</h1><div class="post-author"><span>By</span> <a href="/a">Jane Doe</a></div>
    <div class="comments"><span class="author">Commenter</span></div></body></html>)");
  EXPECT_EQ(r.byline, "Jane Doe");
}

TEST(Byline, PrintedNearHeadingInSeveralLanguages) {
  EXPECT_EQ(MetadataOf("<body><h1>Titre</h1><p>Par Sébastien Farcis</p></body>").byline, "Sébastien Farcis");
  EXPECT_EQ(MetadataOf("<body><h1>Titel</h1><p>Von Max Mustermann</p></body>").byline, "Max Mustermann");
  EXPECT_EQ(MetadataOf("<body><h1>Title</h1><p>By</p><p>Jane Doe</p></body>").byline, "Jane Doe");
  // A sentence that starts with "By" is not a byline.
  EXPECT_EQ(MetadataOf("<body><h1>Title</h1><p>By the way, it rained all day.</p></body>").byline, "");
}

}  // namespace
}  // namespace pagesift::metadata
