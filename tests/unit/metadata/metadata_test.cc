// ReadMetadata end to end on small pages: each source, and the order of
// trust when sources conflict.
#include "metadata/metadata.h"

#include <string>

#include <gtest/gtest.h>

#include "metadata_test_page.h"

namespace pagesift::metadata {
namespace {

TEST(Metadata, PublishedTimeKeepsTheOffsetAndJsonLdWins) {
  Result r = MetadataOf(R"(<html><head>
    <meta property="article:published_time" content="2020-01-01T00:00:00Z">
    <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-05T09:30:00+0100",
      "dateModified":"2024-03-06T10:00:00+01:00"}</script></head><body></body></html>)");
  EXPECT_EQ(r.published_time, "2024-03-05T09:30:00+01:00");
  EXPECT_EQ(r.modified_time, "2024-03-06T10:00:00+01:00");
}

TEST(Metadata, JsonLdDateCreatedYieldsToAPublishedMetaTag) {
  // dateCreated is the record's (a CMS's UTC stamp); the meta tag says when
  // the article was published, in the page's own offset.
  const std::string created =
      R"(<script type="application/ld+json">{"@type":"Article","dateCreated":"2017-02-24T01:18:13Z"}</script>)";
  Result r = MetadataOf("<html><head>" + created +
                        R"(<meta property="article:published_time" content="2017-02-23T17:18:13-08:00">
    </head><body></body></html>)");
  EXPECT_EQ(r.published_time, "2017-02-23T17:18:13-08:00");
  // Alone, it still dates the page.
  r = MetadataOf("<html><head>" + created + "</head><body></body></html>");
  EXPECT_EQ(r.published_time, "2017-02-24T01:18:13Z");
}

TEST(Metadata, HeadingThatLinksHomeIsTheSitesBannerNotTheTitle) {
  const std::string head = "<head><title>Gardening in Winter - Notes - Green Thumb Archive</title></head>";
  for (const char* home : {"/", "https://green.example/", "//green.example"}) {
    Result r = MetadataOf(head + "<body><h1><a href=\"" + home +
                          "\">Green Thumb Archive</a> <sup>beta</sup></h1><h2>Gardening in Winter</h2><p>Text</p></body>");
    EXPECT_EQ(r.title, "Gardening in Winter") << home;
  }
  // A heading that links to the article itself is the article's heading.
  Result own = MetadataOf(head + R"(<body><h1><a href="/notes/winter">Gardening in Winter</a></h1></body>)");
  EXPECT_EQ(own.title, "Gardening in Winter");
}

TEST(Metadata, DateSourcesInOrder) {
  // Meta tag, then markup, then the URL, then text near the heading.
  EXPECT_EQ(MetadataOf(R"(<head><meta name="parsely-pub-date" content="2021-02-03"></head><body></body>)")
                .published_time,
            "2021-02-03");
  EXPECT_EQ(MetadataOf(R"(<body><h1>T</h1><span itemprop="datePublished" content="2019-05-06">May</span></body>)")
                .published_time,
            "2019-05-06");
  EXPECT_EQ(MetadataOf(R"(<body><h1>T</h1><time datetime="2018-07-08T10:00:00-04:00">July 8</time></body>)")
                .published_time,
            "2018-07-08T10:00:00-04:00");
  EXPECT_EQ(MetadataOf("<body><h1>T</h1></body>", "https://x.example/2017/09/10/slug").published_time, "2017-09-10");
  EXPECT_EQ(MetadataOf("<body><h1>Title</h1><p>Publié le 4 mars 2016</p></body>").published_time, "2016-03-04");
}

TEST(Metadata, LabelledDateFarFromTheHeadingIsTheLastResort) {
  std::string filler = Filler(60);
  Result r = MetadataOf("<body><h1>Title</h1>" + filler + "<p>Published Feb 2, 2023</p></body>");
  EXPECT_EQ(r.published_time, "2023-02-02");
  // The label may end one run and the date start the next.
  r = MetadataOf("<body>" + filler + "<p><b>Last updated:</b> November 13, 2025</p></body>");
  EXPECT_EQ(r.published_time, "2025-11-13");
  // Rejected: a labelled date in a related-posts box, and a date with no label.
  r = MetadataOf("<body><h1>Title</h1>" + filler + "<div class=\"related-posts\"><p>Posted March 3, 2020</p></div>" +
                 "<p>In 2019 or on May 4, 2018</p></body>");
  EXPECT_EQ(r.published_time, "");
}

TEST(Metadata, AnH2ThatRepeatsTheTitleStandsInForAMissingH1) {
  // A forum's topic: the title in an <h2>, the first post's date after it.
  std::string filler = Filler(60);
  Result r = MetadataOf("<head><title>Turning off the LEDs - Pi Forums</title></head><body>" + filler +
                        "<h2>Turning off the LEDs</h2><p>by sam » Tue Aug 27, 2019 1:47 am</p></body>");
  EXPECT_EQ(r.published_time, "2019-08-27");
  EXPECT_EQ(r.title, "Turning off the LEDs");
  // An <h2> that does not repeat the title, or a single word, marks nothing.
  r = MetadataOf("<head><title>Turning off the LEDs - Pi Forums</title></head><body>" + filler +
                 "<h2>Latest from the board</h2><p>May 4, 2018</p></body>");
  EXPECT_EQ(r.published_time, "");
  r = MetadataOf("<head><title>Git - git-commit</title></head><body>" + filler +
                 "<h2>Git</h2><p>May 4, 2018</p></body>");
  EXPECT_EQ(r.published_time, "");
  // A lead-in ending with a colon is no title, though the title uses its words.
  r = MetadataOf(R"(<head><title>The Open Journal Project: Better Student Work — Medium</title>
    <meta property="og:site_name" content="Medium"></head><body><h2>Open Journal Project:</h2><p>x</p></body>)");
  EXPECT_EQ(r.title, "The Open Journal Project: Better Student Work");
}

TEST(Metadata, TheTitlePrintedAsTextMarksWhereTheDateIs) {
  std::string filler = Filler(60);
  Result r = MetadataOf("<head><title>Top 5 HR Tools in 2026 | Diana</title></head><body>" + filler +
                        "<div><p>Top 5 HR Tools in 2026</p><p>Diana Team</p><p>Feb 16, 2026</p></div></body>");
  EXPECT_EQ(r.published_time, "2026-02-16");
  // The title's words only inside a longer sentence are not the title.
  r = MetadataOf("<head><title>Top 5 HR Tools in 2026 | Diana</title></head><body>" + filler +
                 "<div><p>Read our Top 5 HR Tools in 2026 list</p><p>Feb 16, 2026</p></div></body>");
  EXPECT_EQ(r.published_time, "");
}

TEST(Metadata, TimeInCommentsIsIgnored) {
  Result r = MetadataOf(R"(<body><h1>T</h1><p>Text</p>
    <div class="comments"><time datetime="2015-01-01">then</time></div></body>)");
  EXPECT_EQ(r.published_time, "");
}

TEST(Metadata, ModifiedOnlyPageShowsThatDate) {
  Result r = MetadataOf(R"(<head><meta property="article:modified_time" content="2023-06-12T10:39:42+00:00">
    </head><body></body>)");
  EXPECT_EQ(r.published_time, "2023-06-12T10:39:42+00:00");
}

TEST(Metadata, SiteNameExcerptImageCanonical) {
  Result r = MetadataOf(R"(<html><head>
    <meta property="og:site_name" content="Daily Planet">
    <meta name="description" content="Name description">
    <meta property="og:description" content="OG description">
    <meta property="og:image" content="/img/lead.jpg">
    <link rel="canonical" href="/a/story-canonical">
    </head><body></body></html>)");
  EXPECT_EQ(r.site_name, "Daily Planet");
  EXPECT_EQ(r.excerpt, "OG description");
  EXPECT_EQ(r.image, "https://news.example.com/img/lead.jpg");
  EXPECT_EQ(r.canonical_url, "https://news.example.com/a/story-canonical");
}

TEST(Metadata, ImageThatIsNotHttpIsDropped) {
  Result r = MetadataOf(R"html(<head><meta property="og:image" content="javascript:alert(1)"></head>)html");
  EXPECT_EQ(r.image, "");
}

TEST(Metadata, TagsFromEverySourceWithoutDuplicates) {
  Result r = MetadataOf(R"(<html><head>
    <meta property="article:tag" content="Science">
    <meta property="article:tag" content="Space">
    <meta name="keywords" content="space, rockets">
    <meta property="article:section" content="World">
    </head><body></body></html>)");
  ASSERT_EQ(r.tags.size(), 3u);
  EXPECT_EQ(r.tags[0], "Science");
  EXPECT_EQ(r.tags[2], "rockets");
  EXPECT_EQ(r.section, "World");
}

TEST(Metadata, PropertyBeatsNameForTheSameKey) {
  Result r = MetadataOf(R"(<head><meta name="og:title" content="Name title here">
    <meta property="og:title" content="Property title here"></head><body></body>)");
  EXPECT_EQ(r.title, "Property title here");
}

TEST(Metadata, SpaceSeparatedProperties) {
  Result r = MetadataOf(R"(<head><meta property="dc:creator twitter:site_name" content="Creator Name">
    <meta name="author" content="Other Name"></head><body></body>)");
  EXPECT_EQ(r.byline, "Creator Name");
}

TEST(Metadata, SiteNameAloneIsNotAByline) {
  Result r = MetadataOf(R"(<head><meta property="og:site_name" content="Daily Planet">
    <meta name="author" content="Daily Planet"></head><body><h1>T</h1><p>By Lois Lane</p></body>)");
  EXPECT_EQ(r.byline, "Lois Lane");
}

TEST(Metadata, SiteNameStandsWhenItIsTheOnlyClaim) {
  Result r = MetadataOf(R"(<head><meta property="og:site_name" content="Daily Planet">
    <script type="application/ld+json">{"@type":"Article","author":{"@type":"Person","name":"Daily Planet"}}</script>
    </head><body><h1>T</h1></body>)");
  EXPECT_EQ(r.byline, "Daily Planet");
}

}  // namespace
}  // namespace pagesift::metadata
