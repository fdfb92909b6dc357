// The template text around each post of a thread, found by its repeats.
#include "extract/post_chrome.h"

#include <gtest/gtest.h>

#include <string>

#include "pagesift/extract.h"
#include "test_pages.h"

namespace pagesift {
namespace {

using test_pages::ExtractPage;
using test_pages::Has;
using test_pages::Paragraphs;

// An older engine's post: a layout table, the poster's rank and figures in
// unnamed divs, the post's number in a corner. No class says what they are.
std::string TablePost(int i) {
  std::string n = std::to_string(i);
  return "<div class='page'><table><tr><td>30th March 2025</td><td>#" + n +
         "</td></tr><tr><td><div><a href='/u/" + n + "'>poster" + n +
         "</a></div><div>Re: The thread's title</div><div>Registered User</div><div>Join Date: Mar 201" + n + "</div><div>Posts: 7" + n +
         "</div></td><td>" + Paragraphs(2, "Post " + n) + "</td></tr></table></div>";
}

TEST(PostChrome, ThreadDropsWhatTheTemplateRepeatsBesideEachPost) {
  std::string posts;
  for (int i = 0; i < 4; ++i) posts += TablePost(i);
  Result r = ExtractPage("<body><div id='posts'>" + posts + "</div></body>");
  EXPECT_TRUE(Has(r.text_content, "Post 0 1."));
  EXPECT_TRUE(Has(r.text_content, "Post 3 1."));
  EXPECT_FALSE(Has(r.text_content, "Registered User"));
  EXPECT_FALSE(Has(r.text_content, "Join Date"));
  EXPECT_FALSE(Has(r.text_content, "Posts: 7"));
  EXPECT_FALSE(Has(r.text_content, "#2"));
  EXPECT_FALSE(Has(r.text_content, "Re: The thread"));
}

// Some engines set each reply's subject line as a heading over the post:
// the template's all the same, however long the thread's title. A heading
// the author repeats is no subject line.
TEST(PostChrome, ReplySubjectHeadingsGo) {
  const std::string title = "When to plant the tomatoes outside in a garden that gets frost until late in May";
  std::string posts;
  for (int i = 0; i < 4; ++i) {
    std::string n = std::to_string(i);
    posts += "<div class='post'><div class='author'>poster" + n + "</div><h3><a href='#p" + n + "'>" +
             (i == 0 ? "" : "Re: ") + title + "</a></h3><h4>Example</h4>" + Paragraphs(2, "Post " + n) + "</div>";
  }
  Result r = ExtractPage("<body><div id='posts'>" + posts + "</div></body>");
  EXPECT_TRUE(Has(r.text_content, "Post 0 1."));
  EXPECT_TRUE(Has(r.text_content, "Post 3 1."));
  EXPECT_FALSE(Has(r.text_content, "Re: When to plant"));
  EXPECT_EQ(test_pages::Count(r.text_content, "Example"), 4u);
}

// A body of lines split by <br> that also holds a box (an empty float
// the template prints first) is no block of text alone: its own text is
// the body between the copies of each poster's figures.
TEST(PostChrome, BodyOfLinesAroundABoxSeparatesThePosts) {
  std::string posts;
  for (int i = 0; i < 4; ++i) {
    std::string n = std::to_string(i);
    posts += "<div class='post'><div class='stats'>Posts: 1" + n +
             "<br>Threads: 23<br>Joined: Feb 2019<br>Reputation: 7</div><div class='body'><div class='float'></div>"
             "Post " + n + " opens. " + test_pages::kProse + "<br><br>It goes on. " + test_pages::kProse +
             "</div></div>";
  }
  Result r = ExtractPage("<body><div id='posts'>" + posts + "</div></body>");
  EXPECT_TRUE(Has(r.text_content, "Post 0 opens."));
  EXPECT_TRUE(Has(r.text_content, "Post 3 opens."));
  EXPECT_FALSE(Has(r.text_content, "Posts: 1"));
  EXPECT_FALSE(Has(r.text_content, "Joined: Feb"));
}

// The same badge on cards with no body between them, and the same line of
// a list under each section of an article, are the page's own.
TEST(PostChrome, CardsAndListLinesThatRepeatStay) {
  std::string cards, sections;
  for (int i = 0; i < 4; ++i) {
    std::string n = std::to_string(i);
    cards += "<div class='card'><div>New</div><div>Desk " + n + "</div></div>";
    sections += "<h2>Plant " + n + "</h2>" + Paragraphs(2, "Plant " + n) + "<ul><li>Soil: rich, well-draining mix.</li></ul>";
  }
  Result r = ExtractPage("<body><article>" + sections + "<div class='cards'>" + cards + "</div></article></body>");
  EXPECT_TRUE(Has(r.text_content, "Plant 3 1."));
  EXPECT_EQ(test_pages::Count(r.text_content, "Soil: rich"), 4u);
}

TEST(PostChrome, KeysNameWhatCopiesShare) {
  EXPECT_EQ(extract::ChromeKey("Posts: 701"), "posts:");
  EXPECT_EQ(extract::ChromeKey("Join Date: Mar 2016"), "join date:");
  EXPECT_EQ(extract::ChromeKey("#12"), "#");
  EXPECT_EQ(extract::ChromeKey("Re: Turning off the LEDs"), "re:");
  EXPECT_EQ(extract::ChromeKey("Registered User"), "registered user");
  EXPECT_EQ(extract::ChromeKey("Soil: rich, well-draining mix."), "");
  EXPECT_EQ(extract::ChromeKey(std::string(100, 'a')), "");
}

}  // namespace
}  // namespace pagesift
