#include "metadata/byline.h"

#include <string>

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
  EXPECT_EQ(CleanAuthorName("Comment", ""), "");
  EXPECT_EQ(CleanAuthorName("Recent Posts", ""), "");
}

TEST(CleanAuthorName, ADateBeforeTheNameGoesATimeIsNoName) {
  EXPECT_EQ(CleanAuthorName("Dec. 19, 2025 · Niko Matsakis on behalf of the team", ""), "Niko Matsakis");
  EXPECT_EQ(CleanAuthorName("March 3, 2024 | By Jane Doe", ""), "Jane Doe");
  EXPECT_EQ(CleanAuthorName("8:23 PM ET", ""), "");
  EXPECT_EQ(CleanAuthorName("3 min read", ""), "");
  // A name that holds a number is still one.
  EXPECT_EQ(CleanAuthorName("Jane Doe III", ""), "Jane Doe III");
}

TEST(Byline, ADateBeforeTheNameInABylineElementIsSkipped) {
  Result r = MetadataOf(R"(<html><body><div class="dateAndAuthorContainer"><span>Dec 17, 2025</span>
    <span>Julian K. Arni</span></div><h1>Attested builds</h1><p>x</p></body></html>)");
  EXPECT_EQ(r.byline, "Julian K. Arni");
  // A date line and its time name no one: the byline further on does.
  r = MetadataOf(R"(<html><body><h1>Anxiety</h1><div class="story-meta has-byline">
    <span>Updated November 11, 2022</span><span>8:23 PM ET</span></div>
    <p>By Jane Doe</p><p>x</p></body></html>)");
  EXPECT_EQ(r.byline, "Jane Doe");
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

TEST(Byline, AMarkedElementThatHoldsTheHeadlineIsAWrapperNotAByline) {
  // Themes class the whole page after the post's writer ("author-4326"):
  // its first words are the headline, no name.
  Result r = MetadataOf(R"(<html><body class="single author-4326"><h1>Snopes checker answers critics</h1>
    <p class="byline"><span class="by">by</span> <a href="/author/ln/">Lucas Nolan</a><span>22 Dec 2016</span></p>
    <p>The story.</p></body></html>)");
  EXPECT_EQ(r.byline, "Lucas Nolan");
  // An explicit mark on a post that holds its heading still names the author.
  r = MetadataOf(R"(<html><body><article data-author="pelex"><h1>Which host to choose?</h1>
    <p>Looking for a host.</p></article></body></html>)");
  EXPECT_EQ(r.byline, "pelex");
}

TEST(Byline, ALabelBeforeTheByWordInABylineIsNoName) {
  // The article's type comes first in the byline, the name after "by".
  Result r = MetadataOf(R"(<html><body><h1>Best consoles</h1><div class="byline">
    <span class="article_type">Guide</span> <span class="by">by</span> <a href="/a/wj">Will Judd</a></div>
    <p>x</p></body></html>)");
  EXPECT_EQ(r.byline, "Will Judd");
  // Another role after the name ends the byline; it starts no new one.
  r = MetadataOf(R"(<html><body><h1>Dog health</h1><div class="author_content">By
    <a href="/a/sl">Shelby Loos, DVM</a>. Reviewed by <a href="/a/mp">Molly Price, DVM</a></div>
    <p>x</p></body></html>)");
  EXPECT_EQ(r.byline, "Shelby Loos, DVM");
}

TEST(Byline, ALinkToTheAuthorsPageNamesTheAuthor) {
  // No class, no label: only the link's address says whose page it leads to.
  Result r = MetadataOf(R"(<html><head><meta property="og:site_name" content="Acme"></head><body>
    <h1>Best builders</h1><div class="summary"><a href="https://acme.example/author/zach-lezberg/">
    <span>Zach Lezberg</span></a> | <span>May 22, 2025</span></div><p>x</p></body></html>)");
  EXPECT_EQ(r.byline, "Zach Lezberg");
  // A call to action on the link: the name follows its by-word.
  r = MetadataOf(R"(<html><body><h1>Cameras</h1><p>x</p>
    <a href="/blog/authors/ray-ansari">View all posts by Ray Ansari</a></body></html>)");
  EXPECT_EQ(r.byline, "Ray Ansari");
}

TEST(Byline, AuthorPageLinksYieldToStrongerSourcesAndSkipFurniture) {
  // A byline marked as such wins over a link to another writer's page.
  Result r = MetadataOf(R"(<html><body><h1>Story</h1><span class="byline">By Jane Doe</span>
    <p>See also <a href="/author/john-roe">John Roe</a>.</p></body></html>)");
  EXPECT_EQ(r.byline, "Jane Doe");
  // Links in the sidebar and in comments are other articles' writers.
  r = MetadataOf(R"(<html><body><h1>Story</h1><p>x</p>
    <div class="sidebar"><a href="/author/john-roe">John Roe</a></div>
    <div class="comments"><a href="/author/ann-poe">Ann Poe</a></div></body></html>)");
  EXPECT_EQ(r.byline, "");
  // "/authorization/" or an author's page as the last segment is no writer's page.
  r = MetadataOf(R"(<html><body><h1>Story</h1><p>x</p><a href="/authorization/forms">Consent Forms</a>
    <a href="/about/author">Meet Us</a></body></html>)");
  EXPECT_EQ(r.byline, "");
}

TEST(Byline, ClassesOnTheBodyAndUtilityClassesMarkNoFurniture) {
  // "has-sidebar" on <body> says the page has one, not that all of it is one;
  // "[--sidebar-width:18rem]" styles a section, it does not name it.
  Result r = MetadataOf(R"(<html><body class="single has-sidebar"><h1>Story</h1>
    <section class="[--sidebar-width:18rem] lg:w-full"><span class="author-name">Jane Doe</span></section>
    <p>x</p></body></html>)");
  EXPECT_EQ(r.byline, "Jane Doe");
}

TEST(Byline, APageBuildersWidgetIsArticleASidebarsWidgetIsNot) {
  // Page builders class every block of the article "...-widget-...".
  Result r = MetadataOf(R"(<html><body><h1>Prices</h1><div class="builder-widget-author-box">
    <h4 class="author-box__name">Liz Kenny</h4></div><p>x</p></body></html>)");
  EXPECT_EQ(r.byline, "Liz Kenny");
  // A sidebar's widgets are named so from their first letter.
  r = MetadataOf(R"(<html><body><h1>Prices</h1><p>x</p><div class="widget widget_authors">
    <span class="author-name">Other Writer</span></div></body></html>)");
  EXPECT_EQ(r.byline, "");
}

TEST(Byline, BuyersReviewsNameNoAuthorOfThePage) {
  Result r = MetadataOf(R"(<html><body><h1>Beard oil</h1><p>x</p><div class="stamped-reviews">
    <strong class="author">Scott B.</strong><p>Great oil.</p></div></body></html>)");
  EXPECT_EQ(r.byline, "");
  EXPECT_EQ(CleanAuthorName("Visit the Acme Store", ""), "");
  EXPECT_EQ(CleanAuthorName("From Acme", ""), "");
  EXPECT_EQ(CleanAuthorName("Name", ""), "");
}

TEST(Byline, NoNameInAnAuthorsBiographyOrAnAuthorizationBox) {
  Result r = MetadataOf(R"(<html><body><h1>Coffee</h1><p>x</p>
    <div class="dynamic-author-description">Licensed Q Arabica Grader, M.A. Journalism</div></body></html>)");
  EXPECT_EQ(r.byline, "");
  r = MetadataOf(R"(<html><body><h1>Legal help</h1><p>x</p><h3 id="authorization">Authorization Forms</h3>
    </body></html>)");
  EXPECT_EQ(r.byline, "");
  // An author box's tabs: "Author" labels a tab, "Recent Posts" is the next one.
  r = MetadataOf(R"(<html><body><h1>Mindful</h1><p>x</p><ul class="abh_tabs"><li><a href="#about">Author</a></li>
    <li><a href="#posts">Recent Posts</a></li></ul></body></html>)");
  EXPECT_EQ(r.byline, "");
}

TEST(Byline, PrintedNearHeadingInSeveralLanguages) {
  EXPECT_EQ(MetadataOf("<body><h1>Titre</h1><p>Par Sébastien Farcis</p></body>").byline, "Sébastien Farcis");
  EXPECT_EQ(MetadataOf("<body><h1>Titel</h1><p>Von Max Mustermann</p></body>").byline, "Max Mustermann");
  EXPECT_EQ(MetadataOf("<body><h1>Title</h1><p>By</p><p>Jane Doe</p></body>").byline, "Jane Doe");
  // A sentence that starts with "By" is not a byline.
  EXPECT_EQ(MetadataOf("<body><h1>Title</h1><p>By the way, it rained all day.</p></body>").byline, "");
}

TEST(CleanAuthorName, RejectsLabelsAndYearlessDates) {
  EXPECT_EQ(CleanAuthorName("Mar 6", ""), "");
  EXPECT_EQ(CleanAuthorName("6 juin", ""), "");
  EXPECT_EQ(CleanAuthorName("Recipe by", ""), "");
  EXPECT_EQ(CleanAuthorName("Insights from", ""), "");
  EXPECT_EQ(CleanAuthorName("Updated", ""), "");
  EXPECT_EQ(CleanAuthorName("Sign In", ""), "");
  EXPECT_EQ(CleanAuthorName("View more posts", ""), "");
  EXPECT_EQ(CleanAuthorName("About our expert", ""), "");
  // Names that merely contain a month's letters stay names.
  EXPECT_EQ(CleanAuthorName("Jan Maybury", ""), "Jan Maybury");
  EXPECT_EQ(CleanAuthorName("April Ryan", ""), "April Ryan");
}

TEST(Byline, NameAfterALabelRunThatEndsInBy) {
  Result r = MetadataOf("<body><h1>Bread</h1><p><span>Recipe by</span> <a href=/u/pj>PJ Hamel</a></p></body>");
  EXPECT_EQ(r.byline, "PJ Hamel");
  // Someone else's credit is not the author's byline.
  r = MetadataOf("<body><h1>Bread</h1><p><span>Photo by</span> <a href=/u/x>Ann Poe</a></p></body>");
  EXPECT_EQ(r.byline, "");
}

TEST(Byline, TwitterLabelledAuthor) {
  Result r = MetadataOf(R"(<head><meta name="twitter:label1" content="Est. reading time">
    <meta name="twitter:data1" content="5 minutes"><meta name="twitter:label2" content="Written by">
    <meta name="twitter:data2" content="Tyler Brown"></head><body><h1>T</h1></body>)");
  EXPECT_EQ(r.byline, "Tyler Brown");
  // A label for something else names no author.
  r = MetadataOf(R"(<head><meta name="twitter:label1" content="Est. reading time">
    <meta name="twitter:data1" content="5 minutes"></head><body><h1>T</h1></body>)");
  EXPECT_EQ(r.byline, "");
}

TEST(Byline, MetaAuthorBeatsTwitterLabel) {
  Result r = MetadataOf(R"(<head><meta name="author" content="Jane Doe">
    <meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="John Roe">
    </head><body><h1>T</h1></body>)");
  EXPECT_EQ(r.byline, "Jane Doe");
}

TEST(Byline, ForumPostAuthorFromAttributeOrUsername) {
  Result r = MetadataOf(R"(<body><h1>Which host?</h1>
    <article data-author="pelex"><p>Looking for a host.</p></article>
    <article data-author="someone"><p>Try this one.</p></article></body>)");
  EXPECT_EQ(r.byline, "pelex");
  r = MetadataOf(R"(<body><h1>ISO size</h1><div class="post"><dl><dt>
    <a class="username" href="/u/1">chunix64</a></dt></dl><p>Why?</p></div>
    <div class="post"><a class="username" href="/u/2">replier</a></div></body>)");
  EXPECT_EQ(r.byline, "chunix64");
}

TEST(Byline, WrittenByAtTheFootOfTheArticle) {
  std::string filler = Filler(40);
  Result r = MetadataOf(R"(<head><meta property="og:type" content="article">
    <meta property="og:site_name" content="Daily Planet"></head><body><h1>Title</h1>)" +
                        filler + "<p>Written by Jane Doe</p></body>");
  EXPECT_EQ(r.byline, "Jane Doe");
  // The label and the name in separate runs.
  r = MetadataOf("<body><h1>Title</h1>" + filler + "<p><b>Écrit par</b> Marie Curie</p></body>");
  EXPECT_EQ(r.byline, "Marie Curie");
}

TEST(Byline, WrittenByRejectedInSentencesRelatedPostsAndForNonNames) {
  std::string filler = Filler(40);
  EXPECT_EQ(MetadataOf("<body><h1>T</h1>" + filler + "<p>It is a novel written by Jane Doe in 1990.</p></body>").byline,
            "");
  EXPECT_EQ(MetadataOf("<body><h1>T</h1>" + filler + R"(<div class="related"><p>Written by Jane Doe</p></div></body>)")
                .byline,
            "");
  EXPECT_EQ(MetadataOf("<body><h1>T</h1>" + filler + "<p>Written by our editorial team of experts</p></body>").byline,
            "");
}

TEST(Byline, ALabelAloneInItsElementThenTheName) {
  std::string filler = Filler(40);
  Result r = MetadataOf("<body><h1>Title</h1>" + filler +
                        "<div><span>Author</span><span>Lisa D. Ellis</span></div></body>");
  EXPECT_EQ(r.byline, "Lisa D. Ellis");
  r = MetadataOf("<body><h1>Title</h1>" + filler + "<div><span>By</span> <a href=/a>Shannon Grilli</a></div></body>");
  EXPECT_EQ(r.byline, "Shannon Grilli");
  // "by" inside a sentence, then a name in a link, credits a library's author, not the article's.
  r = MetadataOf("<body><h1>Title</h1>" + filler +
                 "<p>We use <a href=/u>uutf</a> by <a href=/d>Daniel Bunzli</a>.</p></body>");
  EXPECT_EQ(r.byline, "");
  // A label alone followed by what is not a name.
  r = MetadataOf("<body><h1>Title</h1>" + filler + "<div><span>Author</span><span>view all posts</span></div></body>");
  EXPECT_EQ(r.byline, "");
}

TEST(Byline, JsonLdOrganizationBeatsWrittenByFarBelow) {
  // Conflicting sources: the structured data's claim comes first.
  std::string filler = Filler(40);
  Result r = MetadataOf(R"(<head><script type="application/ld+json">{"@type":"Article","headline":"T",
    "author":{"@type":"Organization","name":"Planet Staff"}}</script></head>
    <body><h1>T</h1>)" + filler + "<table><tr><td>Written by Jane Doe</td></tr></table></body>");
  EXPECT_EQ(r.byline, "Planet Staff");
}

TEST(Byline, PublisherStandsForAnArticleThatCreditsNoOne) {
  Result r = MetadataOf(R"(<head><meta property="og:type" content="article">
    <meta property="og:site_name" content="Whova"></head><body><h1>Event trends</h1><p>Text.</p></body>)");
  EXPECT_EQ(r.byline, "Whova");
  // A page that is not an article (a shop, a home page) gets no byline.
  r = MetadataOf(R"(<head><meta property="og:type" content="website">
    <meta property="og:site_name" content="Whova"></head><body><h1>Welcome</h1></body>)");
  EXPECT_EQ(r.byline, "");
  // A person printed in the page beats the publisher.
  r = MetadataOf(R"(<head><meta property="og:type" content="article">
    <meta property="og:site_name" content="Whova"></head><body><h1>Trends</h1><p>By Jane Doe</p></body>)");
  EXPECT_EQ(r.byline, "Jane Doe");
}

}  // namespace
}  // namespace pagesift::metadata
