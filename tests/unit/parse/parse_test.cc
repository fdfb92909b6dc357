#include "parse/parse.h"

#include <gtest/gtest.h>

#include <string>

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

// The subtree of `root` in pre-order, each node with its child count, which
// together fix the tree's shape: tag names, attributes and text.
std::string Describe(const dom::Document& doc, dom::NodeId root) {
  std::string out;
  for (dom::NodeId n = root; n != dom::kNoNode; n = doc.Next(n, root)) {
    size_t children = 0;
    for (dom::NodeId c = doc.node(n).first_child; c != dom::kNoNode; c = doc.node(c).next_sibling) ++children;
    if (doc.IsText(n)) {
      out += "\"" + std::string(doc.node(n).text) + "\"";
    } else {
      out += "<" + std::string(doc.TagName(n));
      for (const dom::Attribute* a = doc.AttrsBegin(n); a != doc.AttrsEnd(n); ++a) {
        out += " " + std::string(a->name) + "=" + std::string(a->value);
      }
      out += ">";
    }
    out += std::to_string(children) + " ";
  }
  return out;
}

// A page of 1 MiB or more goes through the Gumbo arena (scratch reused
// during the parse, the tree released as it is copied); a small one through
// malloc. The same markup gives the same tree either way.
TEST(Parse, ALargePageGivesTheTreeOfItsMarkupRepeated) {
  const std::string section =
      "<section class=s id=x><h2>Tides</h2><p>A paragraph with <a href=/x title='a &amp; b'>a link</a>, "
      "<em>emphasis</em><br>and more text than a string buffer starts with.</p><ul><li><span>one</span>"
      "<li>two</ul><!-- comment --><table><tr><td>cell<td>" +
      std::string(3000, 'w') + "</table><my-widget>w</my-widget></section>";
  auto page = [&](size_t copies) {
    std::string html = "<!doctype html><title>t</title><body>";
    for (size_t i = 0; i < copies; ++i) html += section;
    return html;
  };
  const size_t copies = (1 << 20) / section.size() + 1;
  dom::Document small, large;
  ASSERT_TRUE(ParseHtml(page(1), Limits(), &small).ok());
  ASSERT_TRUE(ParseHtml(page(copies), Limits(), &large).ok());
  const dom::NodeId small_body = small.FindFirst(GUMBO_TAG_BODY);
  const dom::NodeId large_body = large.FindFirst(GUMBO_TAG_BODY);
  ASSERT_NE(small_body, dom::kNoNode);
  ASSERT_NE(large_body, dom::kNoNode);
  const std::string one = Describe(small, small.node(small_body).first_child);
  size_t seen = 0;
  for (dom::NodeId c = large.node(large_body).first_child; c != dom::kNoNode; c = large.node(c).next_sibling) {
    ASSERT_EQ(Describe(large, c), one) << "section " << seen;
    ++seen;
  }
  EXPECT_EQ(seen, copies);
}

// Two stages each mutate a copy of one parse: a copy is the same tree,
// with strings of its own that outlive the original, and changing it
// leaves the original as it was.
TEST(Parse, CopyIsTheSameTreeAndIndependentOfTheOriginal) {
  std::string copied, original_before, original_after;
  dom::Document copy;
  {
    dom::Document doc;
    ASSERT_TRUE(ParseHtml("<div id=a class='x y'><p>Hi <b>there</b></p><my-widget k=v>w</my-widget></div>",
                          Limits(), &doc)
                    .ok());
    original_before = Describe(doc, dom::Document::kRoot);
    copy = doc.Copy();
    dom::NodeId div = copy.FindFirst(GUMBO_TAG_DIV);
    ASSERT_NE(div, dom::kNoNode);
    copy.SetAttribute(div, "class", "changed");
    copy.Detach(copy.FindFirst(GUMBO_TAG_B));
    original_after = Describe(doc, dom::Document::kRoot);
  }
  EXPECT_EQ(original_after, original_before);
  copied = Describe(copy, dom::Document::kRoot);
  EXPECT_NE(copied.find("class=changed"), std::string::npos);
  EXPECT_NE(copied.find("<my-widget k=v>"), std::string::npos);
  EXPECT_EQ(copied.find("there"), std::string::npos);
  EXPECT_NE(original_before.find("class=x y"), std::string::npos);
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

namespace pagesift::parse {
namespace {

// Implied end tags stay inside their own table, so nested tables count as
// nesting: 100,000 of them must be cut to the depth limit, not handed to
// Gumbo (whose tree teardown recurses).
TEST(NestingGuard, CountsNestedTablesAsDepth) {
  Limits limits;
  limits.max_depth = 40;
  std::string page;
  for (int i = 0; i < 1000; ++i) page += "<table><tr><td>";
  GuardedHtml g;
  ASSERT_TRUE(GuardNesting(page, limits, &g).ok());
  EXPECT_GT(g.dropped_tags, 0u);
  dom::Document doc;
  ASSERT_TRUE(ParseHtml(page, limits, &doc).ok());
  size_t depth = 0, max_depth = 0;
  for (dom::NodeId n = doc.FindFirst(GUMBO_TAG_BODY); n != dom::kNoNode; n = doc.Next(n, 0)) {
    depth = 0;
    for (dom::NodeId a = n; a != dom::kNoNode; a = doc.node(a).parent) ++depth;
    max_depth = std::max(max_depth, depth);
  }
  EXPECT_LT(max_depth, 3 * limits.max_depth);
}

TEST(NestingGuard, SiblingCellsAndRowsDoNotNest) {
  Limits limits;
  limits.max_depth = 10;
  std::string page = "<table>";
  for (int i = 0; i < 100; ++i) page += "<tr><td>a<td>b<td>c";
  page += "</table><ul>";
  for (int i = 0; i < 100; ++i) page += "<li>item";
  GuardedHtml g;
  ASSERT_TRUE(GuardNesting(page, limits, &g).ok());
  EXPECT_EQ(g.dropped_tags, 0u);
}

}  // namespace
}  // namespace pagesift::parse
