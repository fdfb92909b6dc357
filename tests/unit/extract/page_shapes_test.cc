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

// A question and its one answer are a thread: two posts of one template,
// the answer shorter, each with its poster's line.
TEST(PageShapes, ThreadOfTwoPostsKeepsBoth) {
  Result r = ExtractPage("<body><nav><a href='/'>Home</a> <a href='/c'>Categories</a></nav><div class='thread'>" +
                         Post("alice", Paragraphs(5, "Question")) + Post("bob", Paragraphs(2, "Answer")) +
                         "</div><footer>Powered by a forum engine</footer></body>");
  EXPECT_TRUE(Has(r.text_content, "Question 4."));
  EXPECT_TRUE(Has(r.text_content, "Answer 1."));
  EXPECT_FALSE(Has(r.text_content, "Powered by"));
}

// Beside each post, forum engines print the poster's figures (joined,
// messages, reactions): the thread is the posts without them.
TEST(PageShapes, ThreadDropsEachPostersFigures) {
  std::string posts;
  for (int i = 0; i < 4; ++i) {
    posts += "<div class='message'><div class='message-userExtras'><dl><dt>Joined</dt><dd>Jun 4, 2024</dd></dl>"
             "<dl><dt>Messages</dt><dd>2" + std::to_string(i) + "</dd></dl></div><div class='message-body'>" +
             Paragraphs(2, "Post " + std::to_string(i)) + "</div></div>";
  }
  Result r = ExtractPage("<body><div class='thread'>" + posts + "</div></body>");
  EXPECT_TRUE(Has(r.text_content, "Post 0 1."));
  EXPECT_TRUE(Has(r.text_content, "Post 3 1."));
  EXPECT_FALSE(Has(r.text_content, "Joined"));
  EXPECT_FALSE(Has(r.text_content, "Messages"));
}

// A Q&A page marks its accepted answer with one more class; it is one of
// the answers all the same, and the others are content too.
TEST(PageShapes, AcceptedAnswerDoesNotStandForAllTheAnswers) {
  auto answer = [](const std::string& cls, const std::string& body) {
    return "<div class='" + cls + "'><div class='layout'><div class='votes'>12</div><div class='cell'>"
           "<div class='prose'>" + body + "</div><div class='share'><a href='/s'>Share</a></div></div></div></div>";
  };
  std::string answers = answer("answer accepted-answer", Paragraphs(7, "Accepted"));
  for (int i = 0; i < 3; ++i) answers += answer("answer", Paragraphs(3, "Answer " + std::to_string(i)));
  Result r = ExtractPage("<body><div class='answers'>" + answers + "</div></body>");
  EXPECT_TRUE(Has(r.text_content, "Accepted 6."));
  EXPECT_TRUE(Has(r.text_content, "Answer 0 2."));
  EXPECT_TRUE(Has(r.text_content, "Answer 2 2."));
}

// The poster's rank and banner, and the signature under each post, are the
// poster's, not the thread's.
TEST(PageShapes, ThreadDropsRanksAndSignatures) {
  std::string posts;
  for (int i = 0; i < 3; ++i) {
    std::string n = std::to_string(i);
    posts += "<div class='message'><h4 class='userTitle message-userTitle'>Distinguished Member</h4>"
             "<div class='userBanner'>Supporter " + n + "</div><div class='message-body'>" + Paragraphs(2, "Post " + n) +
             "</div><div class='message-signature'><div>If debugging removes bugs, programming puts them in. "
             "Poster " + n + "'s rig: four fans, one quiet.</div></div></div>";
  }
  Result r = ExtractPage("<body><div class='thread'>" + posts + "</div></body>");
  EXPECT_TRUE(Has(r.text_content, "Post 2 1."));
  EXPECT_FALSE(Has(r.text_content, "Distinguished Member"));
  EXPECT_FALSE(Has(r.text_content, "Supporter"));
  EXPECT_FALSE(Has(r.text_content, "debugging"));
}

// A consent manager's dialog holds paragraphs of legal prose; on a thread
// of one-line posts it outweighs the thread, and is still not the page.
TEST(PageShapes, ConsentNoticeNeverOutweighsAThreadOfShortPosts) {
  std::string posts;
  for (int i = 0; i < 6; ++i) {
    posts += "<div class='msg'><div class='name'>poster" + std::to_string(i) + "</div><div class='msg-body'>"
             "I am ready for the show number " + std::to_string(i) + "!</div></div>";
  }
  Result r = ExtractPage("<body><div class='board'>" + posts + "</div><div id='onetrust-consent-sdk'>" +
                         "<div role='region'><div class='ot-pc'>" + Paragraphs(8, "Cookies") + "</div></div></div></body>");
  EXPECT_TRUE(Has(r.text_content, "show number 5"));
  EXPECT_FALSE(Has(r.text_content, "Cookies 3."));
}

// Many forum engines print the opening post apart from the list of
// replies, each post body wrapped a few levels deep: the bodies are alike,
// and the thread is all of them.
TEST(PageShapes, OpeningPostApartFromItsRepliesKeepsThemAll) {
  auto body = [](const std::string& text) {
    return "<div class='item-wrap'><div class='item-inner'><div class='item-frame'><div class='message user-text'>" +
           text + "</div></div></div></div>";
  };
  std::string replies;
  for (int i = 0; i < 4; ++i) {
    replies += "<li class='item'><div class='meta'><a href='/u/" + std::to_string(i) + "'>member" +
               std::to_string(i) + "</a></div>" + body(Paragraphs(1, "Reply " + std::to_string(i))) + "</li>";
  }
  Result r = ExtractPage("<body><nav><a href='/'>Forums</a> <a href='/new'>New posts</a></nav><main>"
                         "<div class='item opening'><div class='meta'><a href='/u/op'>starter</a></div>" +
                         body(Paragraphs(6, "Question")) + "</div><h2>4 replies</h2><ul class='posts'>" + replies +
                         "</ul></main><footer>Powered by a forum engine</footer></body>");
  EXPECT_TRUE(Has(r.text_content, "Question 5."));
  EXPECT_TRUE(Has(r.text_content, "Reply 0 0."));
  EXPECT_TRUE(Has(r.text_content, "Reply 3 0."));
  EXPECT_FALSE(Has(r.text_content, "Powered by"));
}

// A forum prints the replies in a box named "comments", each reply's body
// made by the opening post's template: the box is the rest of the thread.
// An article's comments, of a kind of their own, still go.
std::string PageWithCommentsBox(const std::string& story_class, const std::string& reply_class) {
  std::string replies;
  for (int i = 0; i < 4; ++i) {
    replies += "<li class='comment-item'><a href='/u/" + std::to_string(i) + "'>member" + std::to_string(i) +
               "</a><div class='" + reply_class + "'>" + Paragraphs(1, "Reply " + std::to_string(i)) + "</div></li>";
  }
  return "<body><main><div class='opening'><div class='" + story_class + "'>" + Paragraphs(8, "Question") +
         "</div></div><div class='comments-box'><h2>Comments</h2><ul class='comment-list'>" + replies +
         "</ul></div></main></body>";
}

TEST(PageShapes, RepliesInABoxNamedCommentsAreTheThread) {
  Result r = ExtractPage(PageWithCommentsBox("message user-text", "message user-text"));
  EXPECT_TRUE(Has(r.text_content, "Question 7."));
  EXPECT_TRUE(Has(r.text_content, "Reply 0 0."));
  EXPECT_TRUE(Has(r.text_content, "Reply 3 0."));
}

TEST(PageShapes, ArticleCommentsOfTheirOwnKindGo) {
  Result r = ExtractPage(PageWithCommentsBox("entry-content", "comment-text"));
  EXPECT_TRUE(Has(r.text_content, "Question 7."));
  EXPECT_FALSE(Has(r.text_content, "Reply 0 0."));
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

// A service page: the strict attempt finds the one section written in
// prose (with a list of its own), but the page is all its sections.
TEST(PageShapes, SectionOfProseAmongSectionsOfListsTakesThePage) {
  std::string plans;
  for (int p = 0; p < 6; ++p) {
    plans += "<section><h2>Plan " + std::to_string(p) + "</h2><ul>";
    for (int f = 0; f < 12; ++f) plans += "<li>Feature " + std::to_string(f) + " of plan " + std::to_string(p) + "</li>";
    plans += "</ul></section>";
  }
  Result r = ExtractPage("<body><section><h2>Deep cleaning</h2>" + Paragraphs(6, "Cleaning") +
                         "<ul><li>Kitchens and bathrooms, both included</li><li>Windows inside and out, every visit"
                         "</li><li>Floors, carpets and rugs, vacuumed</li></ul></section>" + plans + "</body>");
  EXPECT_TRUE(Has(r.text_content, "Cleaning 5."));
  EXPECT_TRUE(Has(r.text_content, "Feature 0 of plan 0"));
  EXPECT_TRUE(Has(r.text_content, "Feature 11 of plan 5"));
}

// A short story that is nothing but paragraphs of prose is the article,
// even where a list of headlines beside it holds twice its text.
TEST(PageShapes, StoryOfProseOnlyKeepsItsPlaceBesideMoreText) {
  std::string headlines = "<div class='more'><ul>";
  for (int i = 0; i < 80; ++i) headlines += "<li>Headline number " + std::to_string(i) + " now</li>";
  headlines += "</ul></div>";
  Result r = ExtractPage("<body><div class='story'>" + Paragraphs(5, "Story") + "</div>" + headlines + "</body>");
  EXPECT_TRUE(Has(r.text_content, "Story 4."));
  EXPECT_FALSE(Has(r.text_content, "Headline number"));
}

// A service page opens with its heading in one section, lists its services
// in the next, and keeps its prose for a section of questions below: the
// prose is the densest container, but the page is every section from the
// heading down. The menus above the heading and the footer stay out.
std::string ServicePage(std::string_view heading_box_class) {
  std::string cards;
  for (int i = 0; i < 4; ++i) {
    cards += "<div class='card'><h3>Service " + std::to_string(i) + "</h3><p>What service " + std::to_string(i) +
             " does for a client, told in one short line.</p></div>";
  }
  return "<html><head><title>Data Services | Example</title></head><body><header><nav><a href='/'>Home</a> "
         "<a href='/about'>About us</a></nav></header><section class='" + std::string(heading_box_class) +
         "'><div class='container'><h1>Data Services</h1><p>Consulting that brings clarity to your data.</p>"
         "</div></section><section class='services'><div class='container'>" + cards + "</div></section>"
         "<section class='faq'><div class='container'><h2>Questions</h2>" + Paragraphs(3, "Answer") +
         "</div></section><footer><a href='/privacy'>Privacy notice</a></footer></body></html>";
}

TEST(PageShapes, SectionsBetweenTheMainHeadingAndTheProseStay) {
  Result r = ExtractPage(ServicePage("hero"));
  EXPECT_TRUE(Has(r.text_content, "Consulting that brings clarity"));
  EXPECT_TRUE(Has(r.text_content, "What service 0 does"));
  EXPECT_TRUE(Has(r.text_content, "What service 3 does"));
  EXPECT_TRUE(Has(r.text_content, "Answer 2."));
  EXPECT_FALSE(Has(r.text_content, "About us"));
  EXPECT_FALSE(Has(r.text_content, "Privacy notice"));
}

// Service pages set their heading in a "banner": the cleaning that drops
// banners spares the one holding the page's heading, which marks where the
// content starts.
TEST(PageShapes, HeadingInABannerStillOpensTheContent) {
  Result r = ExtractPage(ServicePage("page-banner"));
  EXPECT_TRUE(Has(r.text_content, "What service 0 does"));
  EXPECT_TRUE(Has(r.text_content, "Answer 2."));
  EXPECT_FALSE(Has(r.text_content, "About us"));
}

// A listing of programmes: a short introduction under the heading, then
// the programmes as cards in the sections after it, each a heading, a
// description and links to its courses. The cards are the listing.
std::string ListingWithIntro(int intro_paragraphs) {
  std::string sections;
  for (int s = 0; s < 2; ++s) {
    std::string cards;
    for (int i = 0; i < 3; ++i) {
      std::string name = "Programme " + std::to_string(s) + "-" + std::to_string(i);
      cards += "<div class='col-md-4'><h4>" + name + "</h4><p>" + name +
               " teaches what working professionals need, from the basics to the exam, in the evenings or online."
               "</p><ul><li><a href='/c1'>Certificate one</a></li><li><a href='/c2'>Certificate two</a></li></ul>"
               "</div>";
    }
    sections += "<section class='programmes'><div class='row'>" + cards + "</div></section>";
  }
  return "<html><head><title>Professional Development</title></head><body><header><nav><a href='/'>Home</a> "
         "<a href='/about'>About us</a></nav></header><div class='content-body'><section class='intro'><div class='table'>"
         "<div class='table__row'><h1>Professional Development</h1><div class='content'>" +
         Paragraphs(intro_paragraphs, "Intro") + "</div></div></div></section>" + sections +
         "</div><footer><a href='/privacy'>Privacy notice</a></footer></body></html>";
}

TEST(PageShapes, SectionsOfCardsAfterAShortIntroductionStay) {
  Result r = ExtractPage(ListingWithIntro(4));
  EXPECT_TRUE(Has(r.text_content, "Intro 3."));
  EXPECT_TRUE(Has(r.text_content, "Programme 0-0 teaches"));
  EXPECT_TRUE(Has(r.text_content, "Programme 1-2 teaches"));
  EXPECT_FALSE(Has(r.text_content, "About us"));
  EXPECT_FALSE(Has(r.text_content, "Privacy notice"));
}

// After an article, cards that hold less text than its prose are teasers
// of other pages: the article stays alone.
TEST(PageShapes, CardsAfterALongerArticleGo) {
  Result r = ExtractPage(ListingWithIntro(16));
  EXPECT_TRUE(Has(r.text_content, "Intro 15."));
  EXPECT_FALSE(Has(r.text_content, "Programme 0-0 teaches"));
}

// An unclosed <h1> takes the rest of the page into it: the prose is then
// inside the heading, and there are no sections between them. (Found by the
// extract fuzzer; its input is kept as a seed.)
TEST(PageShapes, ProseInsideAnUnclosedHeading) {
  Result r = ExtractPage("<html><head><title>Vector</title></head><body><article><h1>Vectublish its fIndings.</p>"
                         "<math><math><math><mtext><mglyph><style><img src onerror=alert(1)><p>Residents said the "
                         "meeting was calm and short.</p></article></body></html>");
  EXPECT_TRUE(Has(r.text_content, "Residents said the meeting was calm and short."));
}

// Documentation written as one flat run of blocks: the list between two
// kept blocks is part of the text though it scores nothing by itself.
TEST(PageShapes, ListBetweenKeptBlocksStays) {
  Result r = ExtractPage("<body><p>Intro. " + test_pages::kProse + "</p><p>You will learn how to:</p><ul>"
                         "<li>Loft a surface</li><li>Sweep along a rail</li><li>Cap the holes</li></ul>"
                         "<div class='step'>" + Paragraphs(6, "Step") + "</div><div class='step'>" +
                         Paragraphs(6, "Later") + "</div><nav><a href='/a'>Previous topic</a> "
                         "<a href='/b'>Next topic</a></nav></body>");
  EXPECT_TRUE(Has(r.text_content, "You will learn how to:"));
  EXPECT_TRUE(Has(r.text_content, "Sweep along a rail"));
  EXPECT_TRUE(Has(r.text_content, "Later 5."));
  EXPECT_FALSE(Has(r.text_content, "Next topic"));
}

// A story cut short behind a "Read more" link: its first paragraphs sit
// beside the wrapper that holds the link and the rest of the story.
TEST(PageShapes, StoryUnfoldedByReadMoreKeepsItsFirstParagraphs) {
  Result r = ExtractPage("<body><div class='story'>" + Paragraphs(2, "Lead") +
                         "<div id='more'><div><a href='#more'>Read more</a></div><div class='rest'>" +
                         Paragraphs(10, "Rest") + "</div></div></div><aside><a href='/x'>Other story</a></aside></body>");
  EXPECT_TRUE(Has(r.text_content, "Lead 0."));
  EXPECT_TRUE(Has(r.text_content, "Lead 1."));
  EXPECT_TRUE(Has(r.text_content, "Rest 9."));
  EXPECT_FALSE(Has(r.text_content, "Other story"));
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

// The same directory where each group's class names its letter: every
// group is a kind of its own, but the lists inside are one kind, and the
// groups around them, made by one template, stay with them.
TEST(PageShapes, DirectoryKeepsGroupsNamedAfterTheirLetter) {
  std::string groups;
  for (char letter : std::string("ABCDEF")) {
    groups += "<div class='group " + std::string(1, letter) + "'><div class='letter'>" + std::string(1, letter) +
              "</div><div class='links'>";
    for (int i = 0; i < 8; ++i) {
      groups += "<a href='/w/" + std::string(1, letter) + std::to_string(i) + "'>Entry " + letter +
                std::to_string(i) + " language</a> ";
    }
    groups += "</div></div>";
  }
  Result r = ExtractPage("<body><nav><a href='/'>Home</a></nav><div id='content'><p>This category lists individual "
                         "programming languages, with a short note, and a second clause.</p>" + groups +
                         "</div></body>");
  EXPECT_TRUE(Has(r.text_content, "This category lists"));
  EXPECT_TRUE(Has(r.text_content, "Entry A0 language"));
  EXPECT_TRUE(Has(r.text_content, "Entry F7 language"));
}

// An index of names: under each letter a list of short links in a column
// wrapper, the letter's heading between one wrapper and the next. The
// links make the whole index too dense a container for the strict
// attempt, which takes a tagline; the lenient one keeps the lists after
// the page's heading, a run of one kind, as it keeps lists of titles.
TEST(PageShapes, IndexOfShortNamesKeepsItsLists) {
  std::string sections;
  for (char letter : std::string("ABCDEFGHIJ")) {
    sections += "<div class='heading'><h2>" + std::string(1, letter) + "</h2></div><div class='columns'><ul>";
    for (int i = 0; i < 12; ++i) {
      sections += "<li><a href='/w/" + std::string(1, letter) + std::to_string(i) + "'>" + letter +
                  std::to_string(i) + " lang</a></li>";
    }
    sections += "</ul></div>";
  }
  Result r = ExtractPage("<html><head><title>List of languages</title></head><body><nav><a href='/'>Home</a>"
                         "</nav><main><h1>List of languages</h1><div class='before-content'><div class='tagline'>"
                         "From the free encyclopedia of all things</div></div><div class='text'><p>This is an "
                         "index of notable languages, in current or historical use. Dialects and markup "
                         "languages, which have pages of their own, are not included.</p>" + sections +
                         "</div></main></body></html>");
  EXPECT_TRUE(Has(r.text_content, "This is an index"));
  EXPECT_TRUE(Has(r.text_content, "A0 lang"));
  EXPECT_TRUE(Has(r.text_content, "J11 lang"));
}

// A shop sets its category's products in a section named for related
// products; its header and footer menus outweigh the section, but the
// section holds most of the page's own text, in a run of cards: the
// listing. An article's box of related stories beside its prose does not.
TEST(PageShapes, ListingInARelatedBoxBesideAHeavyFrameStays) {
  std::string menu, cards;
  for (int i = 0; i < 30; ++i) {
    menu += "<li><a href='/c" + std::to_string(i) + "'>Category number " + std::to_string(i) + "</a></li>";
  }
  for (int i = 0; i < 5; ++i) {
    cards += "<div class='item'><h4><a href='/p" + std::to_string(i) + "'>Mower M" + std::to_string(i) +
             "</a></h4><p>Robotic mower for a lawn of half an acre</p><p>$ 2,099</p></div>";
  }
  Result r = ExtractPage("<body><header><ul>" + menu + "</ul></header><div class='banner'><h1>Robotic mowers</h1>"
                         "</div><section class='related-product'><div class='listing'>" + cards +
                         "</div></section><footer><ul>" + menu + "</ul></footer></body>");
  EXPECT_TRUE(Has(r.text_content, "Mower M0"));
  EXPECT_TRUE(Has(r.text_content, "Mower M4"));
  EXPECT_FALSE(Has(r.text_content, "Category number"));
  Result article = ExtractPage("<body><header><ul>" + menu + "</ul></header><article><h1>A story</h1>" +
                               Paragraphs(4, "Body") + "</article><section class='related-product'>" + cards +
                               "</section><footer><ul>" + menu + "</ul></footer></body>");
  EXPECT_TRUE(Has(article.text_content, "Body 3."));
  EXPECT_FALSE(Has(article.text_content, "Mower M0"));
}

// A listing's cards come from one template; the few with a long title and
// a short note are mostly links, and would go one by one as menus do. The
// cards of their kind carry the page: they are cards like the others.
TEST(PageShapes, LinkHeavyCardsOfAListingStay) {
  std::string cards;
  for (int i = 0; i < 6; ++i) {
    std::string n = std::to_string(i);
    std::string title = i % 3 == 2 ? "The long restored warehouse loft by the river, number " + n : "Sete Apartment " + n;
    cards += "<li class='card'><div class='card-content'><p class='type'>Honoree</p><a href='/p" + n + "'><h4>" + title +
             "</h4></a><p class='excerpt'>Studio Arthur Casas and partners " + n + "</p></div></li>";
  }
  Result r = ExtractPage("<body><nav><a href='/'>Home</a> <a href='/about'>About</a></nav><div class='listing'>"
                         "<h1>Best of year</h1><p>Intro. " + test_pages::kProse + "</p><ul class='cards'>" + cards +
                         "</ul></div><footer><a href='/privacy'>Privacy notice</a></footer></body>");
  EXPECT_TRUE(Has(r.text_content, "Intro."));
  EXPECT_TRUE(Has(r.text_content, "Sete Apartment 0"));
  EXPECT_TRUE(Has(r.text_content, "warehouse loft by the river, number 2"));
  EXPECT_TRUE(Has(r.text_content, "warehouse loft by the river, number 5"));
  EXPECT_FALSE(Has(r.text_content, "Privacy notice"));
}

TEST(PageShapes, ArticleStillDropsASmallListOfLinks) {
  std::string links;
  for (int i = 0; i < 6; ++i) links += "<li><a href='/t" + std::to_string(i) + "'>Topic " + std::to_string(i) + "</a></li>";
  Result r = ExtractPage("<body><article>" + Paragraphs(6, "Body") + "<ul class='topics'>" + links +
                         "</ul></article></body>");
  EXPECT_TRUE(Has(r.text_content, "Body 5."));
  EXPECT_FALSE(Has(r.text_content, "Topic 3"));
}

// A category page whose cards are links and nothing else: each card's title
// is its link. The grid looks like a menu, but its links are titles, not a
// menu's labels, and it follows the page's heading: it is the listing.
TEST(PageShapes, ListingOfLinkedTitlesAfterTheHeadingStays) {
  std::string menu = "<div class='top'>";
  for (std::string_view label : {"Home", "Recipes", "Dinner", "Baking", "Drinks", "About"}) {
    menu += "<a href='/" + std::string(label) + "'>" + std::string(label) + "</a> ";
  }
  menu += "</div>";
  std::string cards = "<div class='grid'>";
  for (int i = 0; i < 12; ++i) {
    cards += "<a class='card' href='/r" + std::to_string(i) + "'><div class='card-title'>Slow cooker tomato ragu "
             "number " + std::to_string(i) + "</div></a>";
  }
  cards += "</div>";
  // The site's blurb below is the page's one paragraph of prose.
  Result r = ExtractPage("<body>" + menu + "<div class='page'><h1>Tomato sauce recipes</h1><p>Sauces for pasta, "
                         "stews and more.</p>" + cards + "</div><div class='blurb'><p>We are a small team of cooks "
                         "who test every recipe at home, in ordinary kitchens, with ordinary pans, before we publish "
                         "it here for you.</p></div></body>");
  EXPECT_TRUE(Has(r.text_content, "Slow cooker tomato ragu number 0"));
  EXPECT_TRUE(Has(r.text_content, "Slow cooker tomato ragu number 11"));
  EXPECT_FALSE(Has(r.text_content, "Baking"));
}

// The same grid of titles beside an article holds less than half of the
// page's text: it is the article's list of other stories, and goes.
TEST(PageShapes, TitlesBesideAnArticleStillGo) {
  std::string titles = "<div class='grid'>";
  for (int i = 0; i < 6; ++i) {
    titles += "<a href='/s" + std::to_string(i) + "'>Another story about the same town " + std::to_string(i) + "</a>";
  }
  titles += "</div>";
  Result r = ExtractPage("<body><div class='page'><h1>A story</h1>" + Paragraphs(6, "Story") + titles +
                         "</div></body>");
  EXPECT_TRUE(Has(r.text_content, "Story 5."));
  EXPECT_FALSE(Has(r.text_content, "Another story about"));
}

}  // namespace
}  // namespace pagesift
