// Boilerplate inside the article: what a page prints among its paragraphs
// that is not part of them goes; the paragraphs stay.
#include <gtest/gtest.h>

#include <string>

#include "pagesift/extract.h"
#include "test_pages.h"

namespace pagesift {
namespace {

using test_pages::Count;
using test_pages::ExtractPage;
using test_pages::Has;
using test_pages::Paragraphs;

TEST(Boilerplate, DropsALaterCopyOfABlockOfText) {
  const std::string promo =
      "<div class='note'><p>Our weekly letter brings the best of the garden to your inbox, every Friday.</p>"
      "<p>Sign up with your address below; we never share it, and one click ends the letters.</p></div>";
  Result r = ExtractPage("<article><section>" + Paragraphs(2, "A") + promo + "</section><section>" +
                         Paragraphs(2, "B") + promo + Paragraphs(1, "C") + "</section></article>");
  EXPECT_EQ(Count(r.text_content, "best of the garden"), 1u);
  EXPECT_EQ(Count(r.text_content, "one click ends"), 1u);
  EXPECT_TRUE(Has(r.text_content, "B 1."));
  EXPECT_TRUE(Has(r.text_content, "C 0."));
}

// Code repeats on purpose and short headings agree by chance. A quotation
// of the page's own paragraph is a reply's quote of the post it answers:
// shown once (repeated_quotes_test.cc).
TEST(Boilerplate, KeepsShortRepeatsAndCodeNotAQuotationOfThePage) {
  const std::string quote = "<blockquote><p>The original post said this, and said it at some length too.</p></blockquote>";
  const std::string code = "<pre><code>for (int i = 0; i &lt; n; ++i) total += values[i] * weights[i];</code></pre>";
  Result r = ExtractPage("<article><p>The original post said this, and said it at some length too.</p>" +
                         Paragraphs(2, "A") + "<h3>Step one</h3>" + code + quote + Paragraphs(2, "B") +
                         "<h3>Step one</h3>" + code + "</article>");
  EXPECT_EQ(Count(r.text_content, "Step one"), 2u);
  EXPECT_EQ(Count(r.text_content, "weights[i]"), 2u);
  EXPECT_EQ(Count(r.text_content, "The original post said this"), 1u);
}

TEST(Boilerplate, KeepsAParagraphRepeatedAloneOrInOneRunOfParagraphs) {
  const std::string chorus = "<p>And the river runs on, and the river runs on, down to the sea we never saw.</p>";
  Result r = ExtractPage("<article>" + Paragraphs(2, "Verse") + chorus + Paragraphs(1, "Bridge") + chorus +
                         "</article>");
  EXPECT_EQ(Count(r.text_content, "down to the sea"), 2u);
  const std::string point = "<p>Water in the morning, never at noon: the leaves burn where the drops stand.</p>";
  r = ExtractPage("<article><section>" + Paragraphs(2, "Spring") + point + "</section><section>" +
                  Paragraphs(2, "Summer") + point + Paragraphs(1, "Autumn") + "</section></article>");
  EXPECT_EQ(Count(r.text_content, "the leaves burn"), 2u);
}

TEST(Boilerplate, DropsATableOfContentsAndItsLabel) {
  Result r = ExtractPage(
      "<article><p class='toc-title'>Table of Contents</p>"
      "<ul><li><a href='#one'>First part</a></li><li><a href='#two'>Second part</a>"
      "<ul><li><a href='#two-a'>A detail</a></li></ul></li><li><a href='#three'>Third part</a></li></ul>" +
      Paragraphs(2, "Intro") + "<h2 id='one'>First part</h2>" + Paragraphs(2, "One") +
      "<h2 id='two'>Second part</h2>" + Paragraphs(2, "Two") + "</article>");
  EXPECT_FALSE(Has(r.text_content, "Table of Contents"));
  EXPECT_FALSE(Has(r.text_content, "Third part"));
  EXPECT_FALSE(Has(r.text_content, "A detail"));
  EXPECT_EQ(Count(r.text_content, "First part"), 1u);  // the heading itself stays
  EXPECT_TRUE(Has(r.text_content, "Two 1."));
}

TEST(Boilerplate, KeepsFootnotesThatLinkBackIntoThePage) {
  Result r = ExtractPage(
      "<article>" + Paragraphs(3, "Body") +
      "<ol class='notes'><li id='n1'>The first source, a long study of the question, 2019. <a href='#r1'>↩</a></li>"
      "<li id='n2'>The second source, a survey of three hundred gardens. <a href='#r2'>↩</a></li>"
      "<li id='n3'>A third source, the society's yearly report. <a href='#r3'>↩</a></li></ol>"
      "</article>");
  EXPECT_TRUE(Has(r.text_content, "survey of three hundred gardens"));
  EXPECT_TRUE(Has(r.text_content, "Body 2."));
}

TEST(Boilerplate, DropsRelatedPostsOpenedByAStyledParagraph) {
  Result r = ExtractPage(
      "<article><div class='entry'>" + Paragraphs(4, "Main") +
      "<p><strong>Other Posts You May Enjoy</strong></p>"
      "<p><a href='/a'>A story about tomatoes</a></p><p><a href='/b'>A story about beans</a></p>"
      "</div></article>");
  EXPECT_TRUE(Has(r.text_content, "Main 3."));
  EXPECT_FALSE(Has(r.text_content, "You May Enjoy"));
  EXPECT_FALSE(Has(r.text_content, "tomatoes"));
}

TEST(Boilerplate, DropsTheBylineAndTheAuthorsBiography) {
  Result r = ExtractPage(
      "<html><head><meta name='author' content='Jane Q. Doe'></head><body><article>"
      "<p>Written by Jane Q. Doe | 5 min read</p>" + Paragraphs(4, "Story") +
      "<p>Jane Q. Doe is a science writer in Lyon who covers soil, water and the people who study them.</p>"
      "</article></body></html>");
  EXPECT_EQ(r.byline, "Jane Q. Doe");
  EXPECT_TRUE(Has(r.text_content, "Story 3."));
  EXPECT_FALSE(Has(r.text_content, "5 min read"));
  EXPECT_FALSE(Has(r.text_content, "science writer in Lyon"));
}

TEST(Boilerplate, KeepsParagraphsAboutACompanyThatSignsItsOwnPage) {
  Result r = ExtractPage(
      "<html><head><meta name='author' content='Acme Electric'></head><body><article>" + Paragraphs(2, "Intro") +
      "<p>Acme Electric installs chargers for cars and vans, at home and at work.</p>"
      "<p>Acme Electric holds every licence the county asks for.</p>"
      "<p>Acme Electric answers the phone at night too.</p></article></body></html>");
  EXPECT_TRUE(Has(r.text_content, "installs chargers"));
  EXPECT_TRUE(Has(r.text_content, "every licence"));
}

TEST(Boilerplate, KeepsAnInterviewersQuestionsAndAOneWordName) {
  Result r = ExtractPage(
      "<html><head><meta name='author' content='Jane Doe'></head><body><article>" + Paragraphs(3, "Intro") +
      "<p>Jane Doe: What brought you to the study of soil, after so many years of water?</p>"
      "<p>Sam: The water brought me, in the end, through the rivers and what they carry.</p>"
      "</article></body></html>");
  EXPECT_TRUE(Has(r.text_content, "What brought you"));
  EXPECT_TRUE(Has(r.text_content, "The water brought me"));
}

TEST(Boilerplate, KeepsAHeaderThatHoldsTheArticlesOpeningProse) {
  Result r = ExtractPage(
      "<body><div class='site-header'><a href='/'>Logo</a> <a href='/docs'>Docs</a></div>"
      "<main><div class='content'><div class='layout__header'><h1>The socket object</h1><p>The socket object "
      "provides the API for creating and managing a connection to a server, as well as for sending and receiving "
      "data on it. It is the first thing a reader of this page needs to know, and the page says it before any "
      "of its sections.</p></div>"
      "<h2>Constructor</h2>" + Paragraphs(4, "Reference") + "</div></main></body>");
  EXPECT_TRUE(Has(r.text_content, "provides the API"));
  EXPECT_TRUE(Has(r.text_content, "Reference 3."));
  EXPECT_FALSE(Has(r.text_content, "Logo"));
}

TEST(Boilerplate, DropsLinksDressedAsButtons) {
  Result r = ExtractPage(
      "<article>" + Paragraphs(3, "Pitch") +
      "<p>Read <a href='/guide'>the planting guide</a> first.</p>"
      "<div><a class='btn btn-primary' href='/start'>Get started today</a> "
      "<a href='/demo' role='button'>Book a demo</a> <a class='hero-cta' href='/try'>Try it free</a></div>"
      "<a class='zoom-button' href='/big.jpg'><img src='/photo.jpg' alt='The garden'></a>" +
      Paragraphs(1, "End") + "</article>");
  EXPECT_TRUE(Has(r.text_content, "the planting guide"));
  EXPECT_TRUE(Has(r.content, "/photo.jpg"));
  for (const char* command : {"Get started", "Book a demo", "Try it free"}) {
    EXPECT_FALSE(Has(r.text_content, command)) << command;
  }
}

TEST(Boilerplate, DropsPageControlsAndPreviousNextLinksOfADocumentationPage) {
  Result r = ExtractPage(
      "<main><div class='doc'><p>Last updated 3 days ago</p><h1>Install the tools</h1>" + Paragraphs(4, "Step") +
      "<div><a href='https://git.example.org/edit/install.md'>Edit this page</a></div>"
      "<div>Was this page helpful? <span>Yes</span> <span>No</span></div>"
      "<div class='pager'><a href='/intro'>« Previous: Introduction</a></div>"
      "<div class='pager'><a href='/config'>Next: Configure the project →</a></div>"
      "<p>Next, the project needs a name and a folder of its own; we choose them in the following chapter.</p>"
      "</div></main>");
  EXPECT_TRUE(Has(r.text_content, "Step 3."));
  EXPECT_TRUE(Has(r.text_content, "needs a name and a folder"));  // prose that opens with "Next" stays
  for (const char* control : {"Last updated", "Edit this page", "helpful", "Previous: Introduction", "Configure the"}) {
    EXPECT_FALSE(Has(r.text_content, control)) << control;
  }
}

TEST(Boilerplate, DropsTheControlsOfEachPostOfAThread) {
  std::string posts;
  for (int i = 0; i < 3; ++i) {
    posts += "<div class='post'>" + Paragraphs(2, "Reply " + std::to_string(i)) +
             "<p><a href='#p" + std::to_string(i) + "'>Link to post</a></p><p><a href='#s'>Share on other sites"
             "</a></p><p><a href='/edit'>Improve this answer</a></p></div>";
  }
  Result r = ExtractPage("<body><div class='thread'>" + posts + "</div></body>");
  EXPECT_TRUE(Has(r.text_content, "Reply 2 1."));
  for (const char* control : {"Link to post", "Share on other sites", "Improve this answer"}) {
    EXPECT_FALSE(Has(r.text_content, control)) << control;
  }
}

// Around its posts a thread prints who started it, its state, edit notes,
// an invitation to join, a list of similar threads and the posting rules.
TEST(Boilerplate, DropsTheChromeAroundTheThread) {
  std::string posts;
  for (int i = 0; i < 2; ++i) {
    posts += "<div class='post'><p>Posted August 2" + std::to_string(i) + "</p>" +
             Paragraphs(2, "Reply " + std::to_string(i)) + "<p>Edited August 2" + std::to_string(i) +
             " by someone</p></div>";
  }
  Result r = ExtractPage(
      "<body><div class='thread'><div>Thread starter alice</div><div>Start date Feb 20, 2010</div>" + posts +
      "<p>2 weeks later...</p><div>Not open for further replies.</div><h3>Similar threads</h3>"
      "<ul><li><a href='/t/1'>Another thread about soil</a></li><li><a href='/t/2'>A thread on water</a></li></ul>"
      "<div>Posting Rules</div><div>You may not post new threads</div><div>BB code is On</div>"
      "<p>Create an account or sign in to comment</p><p>Start asking to get answers</p>"
      "<p>You must log in to answer this question.</p><div>{{ DiscussionBoard.errors[4].message }}</div>"
      "<p>Users browsing this thread: 1 Guest(s)</p><p>Sign in or create your free account to comment, and more.</p>"
      "</div></body>");
  EXPECT_TRUE(Has(r.text_content, "Reply 1 1."));
  for (const char* chrome : {"Thread starter", "Start date", "Posted August", "Edited August", "weeks later",
                             "further replies", "Similar threads", "Another thread", "Posting Rules",
                             "post new threads", "BB code", "sign in to comment", "Start asking", "log in to answer",
                             "DiscussionBoard", "Users browsing", "free account"}) {
    EXPECT_FALSE(Has(r.text_content, chrome)) << chrome;
  }
}

// Documentation quotes templates and controls as code: the sample stays.
TEST(Boilerplate, KeepsCodeThatReadsLikeAControl) {
  Result r = ExtractPage("<article><div class='docs-content'>" + Paragraphs(4, "Forms") +
                         "<dl><dt><code>{{ field.label }}</code></dt><dd>The label of the field.</dd>"
                         "<dt><code><span>Share</span></code></dt><dd>The name of the share button.</dd></dl>" +
                         Paragraphs(2, "More") + "</div></article>");
  EXPECT_TRUE(Has(r.text_content, "{{ field.label }}"));
  EXPECT_TRUE(Has(r.text_content, "Share"));
}

TEST(Boilerplate, DropsNoticesAndTaxonomyLinesAtTheEndOfAPost) {
  Result r = ExtractPage(
      "<article><div class='entry'>" + Paragraphs(4, "Post") +
      "<p>Filed under: <a href='/t/soil'>Soil</a>, <a href='/t/water'>Water</a></p>"
      "<p>Tags: <a href='/t/a'>compost</a> <a href='/t/b'>mulch</a></p>"
      "<p>Disclosure: this post contains affiliate links; we may earn a small commission.</p>"
      "<div>Like this:</div><div>12 Comments</div><p>Subscribe</p><p>(Image credit: Garden Letter)</p>"
      "<p><a href='/more'>Read more</a></p><p><span>Sign in</span> for a seed catalogue, free each spring.</p>"
      "<p>© 2024 The Garden Letter. All rights reserved.</p>"
      "<p>Tags matter less than soil: that is the lesson of the season, and of this post.</p>"
      "</div></article>");
  EXPECT_TRUE(Has(r.text_content, "Post 3."));
  EXPECT_TRUE(Has(r.text_content, "Tags matter less than soil"));  // prose, not a line of links
  EXPECT_TRUE(Has(r.text_content, "Sign in for a seed catalogue"));  // a control's words in a sentence
  for (const char* notice : {"Filed under", "compost", "affiliate links", "Like this", "12 Comments", "Subscribe",
                             "All rights reserved", "Image credit", "Read more"}) {
    EXPECT_FALSE(Has(r.text_content, notice)) << notice;
  }
}

TEST(Boilerplate, DropsAControlSetAsASpanOnALineOfItsOwn) {
  // Old blog templates print the post's footer as a bare span between
  // blocks; the same words in a span inside a sentence are the sentence's.
  Result r = ExtractPage("<article><div class='entry'>" + Paragraphs(4, "Post") +
                         "<span class='posted'>Posted by Ann at May 3, 2024 10:15 AM<br></span>"
                         "<p>Our notes were <span>posted by Ann at May 3</span>, in the garden log, as every week.</p>"
                         "</div></article>");
  EXPECT_TRUE(Has(r.text_content, "Post 3."));
  EXPECT_FALSE(Has(r.text_content, "10:15 AM"));
  EXPECT_TRUE(Has(r.text_content, "Our notes were posted by Ann at May 3, in the garden log"));
}

TEST(Boilerplate, DropsPromotionLinesAfterAPost) {
  Result r = ExtractPage("<article><div class='entry'>" + Paragraphs(4, "Post") +
                         "<p>Pin this for later!</p><h3>Sponsor this newsletter</h3>"
                         "<p>Follow me on Instagram: @gardenletter</p>"
                         "<p>Join the Facebook group – https://facebook.com/groups/gardenletter</p>"
                         "<p>Follow us on the long path through the walled garden, past the pond and the old pear trees, "
                         "to the bench where this post was written.</p></div></article>");
  EXPECT_TRUE(Has(r.text_content, "Post 3."));
  EXPECT_TRUE(Has(r.text_content, "Follow us on the long path"));  // a sentence, not a control
  for (const char* line : {"Pin this", "Sponsor this", "Instagram", "Facebook group"}) {
    EXPECT_FALSE(Has(r.text_content, line)) << line;
  }
}

}  // namespace
}  // namespace pagesift
