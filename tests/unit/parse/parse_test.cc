#include "parse/parse.h"

#include <gtest/gtest.h>

#include "parse/nesting_guard.h"

namespace pagesift::parse {
namespace {

TEST(Parse, BuildsTreeWithAttributesAndDropsComments) {
  dom::Document doc;
  ASSERT_TRUE(ParseHtml("<div id=a class='x y'><!-- no --><p>Hi <b>there</b></p></div>", Limits(), &doc).ok());
  dom::NodeId div = doc.FindFirst(GUMBO_TAG_DIV);
  ASSERT_NE(div, dom::kNoNode);
  EXPECT_EQ(doc.Attr(div, "class"), "x y");
  EXPECT_EQ(doc.TextOf(div), "Hi there");
}

TEST(Parse, KeepsUnknownElementNames) {
  dom::Document doc;
  ASSERT_TRUE(ParseHtml("<my-widget data-x=1>text</my-widget>", Limits(), &doc).ok());
  bool found = false;
  for (dom::NodeId n = 0; n != dom::kNoNode; n = doc.Next(n, 0)) {
    if (doc.IsElement(n) && doc.TagName(n) == "my-widget") found = true;
  }
  EXPECT_TRUE(found);
}

TEST(NestingGuard, LeavesOrdinaryPagesUntouched) {
  std::string page = "<html><body><div><p>a<p>b<ul><li>x<li>y</ul></div></body></html>";
  GuardedHtml g;
  ASSERT_TRUE(GuardNesting(page, Limits(), &g).ok());
  EXPECT_EQ(g.html.data(), page.data());
  EXPECT_EQ(g.dropped_tags, 0u);
}

TEST(NestingGuard, DropsStartTagsPastTheDepthLimit) {
  Limits limits;
  limits.max_depth = 10;
  std::string page;
  for (int i = 0; i < 50; ++i) page += "<div>";
  page += "x";
  GuardedHtml g;
  ASSERT_TRUE(GuardNesting(page, limits, &g).ok());
  EXPECT_EQ(g.dropped_tags, 40u);
  EXPECT_NE(g.html.find('x'), std::string_view::npos);
}

TEST(NestingGuard, IgnoresTagsInsideScriptsAndComments) {
  Limits limits;
  limits.max_depth = 5;
  std::string page = "<script>" + std::string(100, ' ') + "<div><div><div><div><div><div></script><!-- <div><div><div><div><div><div> -->";
  GuardedHtml g;
  ASSERT_TRUE(GuardNesting(page, limits, &g).ok());
  EXPECT_EQ(g.dropped_tags, 0u);
}

}  // namespace
}  // namespace pagesift::parse

namespace pagesift::parse {
namespace {

TEST(Parse, FlattenedShadowRootContentIsKeptOtherTemplatesAreNot) {
  dom::Document doc;
  ASSERT_TRUE(ParseHtml("<div id=host><template data-pagesift-shadow=open><p>Shadow text</p></template></div>"
                        "<template><p>Inert text</p></template>",
                        Limits(), &doc)
                  .ok());
  std::string text = doc.TextOf(dom::Document::kRoot);
  EXPECT_NE(text.find("Shadow text"), std::string::npos);
  EXPECT_EQ(text.find("Inert text"), std::string::npos);
}

}  // namespace
}  // namespace pagesift::parse
