// Pages that are not one container of prose: threads of posts, pages whose
// main landmark holds the content, directories made of lists of links.
#include <gtest/gtest.h>

#include <string>

#include "pagesift/extract.h"
#include "test_pages.h"

namespace pagesift {
namespace {

using test_pages::ExtractPage;
using test_pages::Has;
using test_pages::Paragraphs;

std::string Post(std::string_view author, const std::string& body) {
  return "<div class='topic-post'><div class='post-head'><a href='/u/x'>" + std::string(author) +
         "</a></div><div class='post-body'>" + body + "</div></div>";
}

TEST(PageShapes, ThreadKeepsEveryPostNotOnlyTheFirst) {
  Result r = ExtractPage("<body><nav><a href='/'>Home</a> <a href='/c'>Categories</a></nav><div class='thread'>" +
                         Post("alice", Paragraphs(6, "Question")) + Post("bob", Paragraphs(1, "Reply one")) +
                         Post("carol", Paragraphs(1, "Reply two")) + Post("dave", Paragraphs(1, "Reply three")) +
                         "</div><footer>Powered by a forum engine</footer></body>");
  EXPECT_TRUE(Has(r.text_content, "Question 5."));
  EXPECT_TRUE(Has(r.text_content, "Reply one 0."));
  EXPECT_TRUE(Has(r.text_content, "Reply three 0."));
  EXPECT_FALSE(Has(r.text_content, "Powered by"));
}

TEST(PageShapes, StoryFollowedByShortTeasersKeepsOnlyTheStory) {
  std::string teasers;
  for (int i = 0; i < 3; ++i) {
    teasers += "<div class='card'><h3><a href='/s" + std::to_string(i) + "'>Other story " + std::to_string(i) +
               "</a></h3><p>A line of teaser text for another story.</p></div>";
  }
  Result r = ExtractPage("<body><div class='card'><div class='story-text'>" + Paragraphs(8, "Story") +
                         "</div></div>" + teasers + "</body>");
  EXPECT_TRUE(Has(r.text_content, "Story 7."));
  EXPECT_FALSE(Has(r.text_content, "teaser text"));
}

TEST(PageShapes, LenientAttemptKeepsToTheMainLandmark) {
  std::string cards;
  for (int i = 0; i < 8; ++i) {
    cards += "<div class='tile'><h3>Plan " + std::to_string(i) + "</h3><span>A short line describing plan " +
             std::to_string(i) + " in a few words</span></div>";
  }
  // The one paragraph of prose is a fragment of the page: the cards are its content.
  Result r = ExtractPage("<body><div class='promo-strip'><span>Free shipping over fifty on every order today</span>"
                         "<span>Another strip line that is not content at all, just the site frame</span></div>"
                         "<div class='intro'>" + Paragraphs(1, "Intro") + "</div><main>" + cards +
                         "</main><div class='legal'><span>Legal text of the site frame that repeats on every page"
                         "</span></div></body>");
  EXPECT_TRUE(Has(r.text_content, "Plan 0"));
  EXPECT_TRUE(Has(r.text_content, "Plan 7"));
  EXPECT_FALSE(Has(r.text_content, "Free shipping"));
  EXPECT_FALSE(Has(r.text_content, "Legal text"));
}

TEST(PageShapes, SectionsAnnouncingOtherPagesGo) {
  std::string links;
  for (int i = 0; i < 3; ++i) links += "<li><a href='/o" + std::to_string(i) + "'>Other page " + std::to_string(i) + "</a> and a line</li>";
  Result r = ExtractPage("<body><article>" + Paragraphs(5, "Body") +
                         "<div class='x'><h3>You may also like</h3><ul>" + links + "</ul></div>" +
                         "<h2>Related articles</h2><p>Teaser paragraph of another page, linked below.</p><ul>" + links +
                         "</ul><h2>Related work</h2>" + Paragraphs(1, "Own section") + "</article></body>");
  EXPECT_TRUE(Has(r.text_content, "Body 4."));
  EXPECT_FALSE(Has(r.text_content, "You may also like"));
  EXPECT_FALSE(Has(r.text_content, "Related articles"));
  EXPECT_FALSE(Has(r.text_content, "Teaser paragraph"));
  EXPECT_FALSE(Has(r.text_content, "Other page"));
  EXPECT_TRUE(Has(r.text_content, "Related work"));
  EXPECT_TRUE(Has(r.text_content, "Own section 0."));
}

TEST(PageShapes, ProductReviewsAndUpsellsGo) {
  Result r = ExtractPage("<body><main><div class='product-description'>" + Paragraphs(5, "Description") +
                         "</div><div class='customer-reviews'><p>Reviewer wrote that the thing arrived on time and "
                         "works, with a long sentence of opinion.</p></div><div class='upsell'><p>Buy the matching "
                         "case with this product, the shop suggests, at a discount.</p></div></main></body>");
  EXPECT_TRUE(Has(r.text_content, "Description 4."));
  EXPECT_FALSE(Has(r.text_content, "Reviewer wrote"));
  EXPECT_FALSE(Has(r.text_content, "matching case"));
}


TEST(PageShapes, DirectoryKeepsItsListsOfLinks) {
  // A category page: an intro, then groups of links under letter headings.
  // Each list alone looks like a link farm; together they are the page.
  std::string groups;
  for (char letter : std::string("ABCDEF")) {
    groups += "<div class='group'><h3>" + std::string(1, letter) + "</h3><ul>";
    for (int i = 0; i < 8; ++i) {
      groups += "<li><a href='/w/" + std::string(1, letter) + std::to_string(i) + "'>Entry " + letter +
                std::to_string(i) + " language</a></li>";
    }
    groups += "</ul></div>";
  }
  Result r = ExtractPage("<body><nav><a href='/'>Home</a></nav><div id='content'><p>This category lists individual "
                         "programming languages, with a short note, and a second clause.</p>" + groups +
                         "</div></body>");
  EXPECT_TRUE(Has(r.text_content, "Entry A0 language"));
  EXPECT_TRUE(Has(r.text_content, "Entry F7 language"));
}

TEST(PageShapes, ArticleStillDropsASmallListOfLinks) {
  std::string links;
  for (int i = 0; i < 6; ++i) links += "<li><a href='/t" + std::to_string(i) + "'>Topic " + std::to_string(i) + "</a></li>";
  Result r = ExtractPage("<body><article>" + Paragraphs(6, "Body") + "<ul class='topics'>" + links +
                         "</ul></article></body>");
  EXPECT_TRUE(Has(r.text_content, "Body 5."));
  EXPECT_FALSE(Has(r.text_content, "Topic 3"));
}

}  // namespace
}  // namespace pagesift
