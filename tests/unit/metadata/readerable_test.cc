#include "metadata/readerable.h"

#include <gtest/gtest.h>

#include <string>

#include "metadata_test_page.h"

namespace pagesift::metadata {
namespace {

bool Readerable(const std::string& body) { return IsProbablyReaderable(ParsePage("<html><body>" + body + "</body></html>")); }

// `chars` characters of prose, padded by the indentation a template adds.
std::string Prose(size_t chars) { return "\n      " + std::string(chars, 'a') + "\n    "; }

TEST(Readerable, OneLongParagraphIsEnough) {
  // sqrt(600 - 140) is over 20; sqrt(500 - 140) is under.
  EXPECT_TRUE(Readerable("<p>" + Prose(600) + "</p>"));
  EXPECT_FALSE(Readerable("<p>" + Prose(500) + "</p>"));
  // Short paragraphs add nothing, however many.
  std::string many;
  for (int i = 0; i < 50; ++i) many += "<p>" + Prose(139) + "</p>";
  EXPECT_FALSE(Readerable(many));
}

TEST(Readerable, CountsPreArticleAndDivsBrokenIntoLines) {
  // An RFC set in <pre>, an article without paragraphs, lines split by <br>:
  // the extracted text may have no paragraph at all, the page still reads.
  EXPECT_TRUE(Readerable("<pre>" + Prose(600) + "</pre>"));
  EXPECT_TRUE(Readerable("<article><span>" + Prose(300) + "</span><span>" + Prose(300) + "</span></article>"));
  EXPECT_TRUE(Readerable("<div>" + Prose(300) + "<br>" + Prose(300) + "</div>"));
  EXPECT_FALSE(Readerable("<div>" + Prose(300) + "<span>" + Prose(300) + "</span></div>"));
}

TEST(Readerable, SkipsHiddenListedAndFurnitureText) {
  EXPECT_FALSE(Readerable("<p hidden>" + Prose(600) + "</p>"));
  EXPECT_FALSE(Readerable("<p style=\"display: none\">" + Prose(600) + "</p>"));
  EXPECT_FALSE(Readerable("<ul><li><div><p>" + Prose(600) + "</p></div></li></ul>"));
  EXPECT_FALSE(Readerable("<p class=\"comments\">" + Prose(600) + "</p>"));
  // A name that also says content keeps the element.
  EXPECT_TRUE(Readerable("<p class=\"sidebar-content\">" + Prose(600) + "</p>"));
}

TEST(Readerable, CjkCharactersWeighThree) {
  std::string chinese;
  for (int i = 0; i < 200; ++i) chinese += "字";
  // 200 characters weigh 600: as much as 600 Latin letters.
  EXPECT_TRUE(Readerable("<p>" + chinese + "</p>"));
  std::string latin(200, 'a');
  EXPECT_FALSE(Readerable("<p>" + latin + "</p>"));
}

TEST(Readerable, DeepNestingIsWalkedWithoutRecursion) {
  std::string page;
  for (int i = 0; i < 5000; ++i) page += "<article>";
  page += Prose(200);
  EXPECT_TRUE(Readerable(page));  // each of the nested articles holds the text
  EXPECT_FALSE(Readerable(""));
}

}  // namespace
}  // namespace pagesift::metadata
