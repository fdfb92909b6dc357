// Every limit of pagesift::Limits, at its value and one past it, through the
// whole pipeline: within the limit the page is read as usual; past it the
// answer is an error with a message, or a reader view that says it was cut.
// Small limit values keep the pages small; the code paths are the same.
// (docs/limits.md lists these with the host's own limits.)
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "decode/utf8.h"
#include "dom/dom.h"
#include "pagesift/extract.h"
#include "parse/nesting_guard.h"
#include "parse/parse.h"

namespace pagesift {
namespace {

constexpr char kMarker[] = "<p class=\"pagesift-truncated\">";

const std::string kProse =
    "The ferry timetable changed again this spring, and the harbour committee explained why at "
    "length, with charts, apologies and a promise that the evening crossing would return. ";

// An article with enough prose to be kept, `extra` inside its first paragraph.
std::string Article(const std::string& extra) {
  std::string page = "<html><body><article><h1>Limits</h1><p>" + kProse + extra + "</p>";
  for (int i = 0; i < 4; ++i) page += "<p>" + kProse + "</p>";
  return page + "</article></body></html>";
}

size_t CountOf(const std::string& text, const std::string& part) {
  size_t n = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

Status ExtractWith(const std::string& page, const Limits& limits, Result* result) {
  Options options;
  options.url = "https://limits.example/a";
  options.limits = limits;
  return Extract(page, options, result);
}

TEST(Limits, InputBytesAtTheLimitPassAndOneMoreIsRefused) {
  const std::string page = Article("");
  Limits limits;
  limits.max_input_bytes = page.size();
  Result r;
  EXPECT_TRUE(ExtractWith(page, limits, &r).ok());
  limits.max_input_bytes = page.size() - 1;
  const Status s = ExtractWith(page, limits, &r);
  EXPECT_EQ(s.code(), ErrorCode::kInputTooLarge);
  EXPECT_NE(s.message().find("the limit is " + std::to_string(page.size() - 1)), std::string::npos)
      << s.message();
}

TEST(Limits, NodesAtTheLimitPassAndOneMoreIsRefused) {
  std::string page;
  for (int i = 0; i < 100; ++i) page += "<p>x</p>";
  // html, head and body, which the parser implies, and 100 p with a text each.
  const size_t nodes = 3 + 2 * 100;
  Limits limits;
  limits.max_nodes = nodes;
  dom::Document doc;
  ASSERT_TRUE(parse::ParseHtml(page, limits, &doc).ok());
  EXPECT_EQ(doc.size() - 1, nodes);
  Result r;
  EXPECT_TRUE(ExtractWith(page, limits, &r).ok());

  limits.max_nodes = nodes - 1;
  dom::Document refused;
  EXPECT_EQ(parse::ParseHtml(page, limits, &refused).code(), ErrorCode::kTooComplex);
  const Status s = ExtractWith(page, limits, &r);
  EXPECT_EQ(s.code(), ErrorCode::kTooComplex);
  EXPECT_NE(s.message().find("more than " + std::to_string(nodes - 1) + " nodes"), std::string::npos)
      << s.message();
}

// Depth counts html and body: the article's divs start at depth 3.
TEST(Limits, DepthAtTheLimitIsKeptAndDeeperTagsAreFlattenedWithTheirText) {
  const size_t divs = 20;
  std::string nested;
  for (size_t i = 0; i < divs; ++i) nested += "<div>";
  nested += "deepest words";
  for (size_t i = 0; i < divs; ++i) nested += "</div>";
  const std::string page = "<html><body>" + nested + "</body></html>";
  Limits limits;
  limits.max_depth = divs + 2;
  parse::GuardedHtml kept;
  ASSERT_TRUE(parse::GuardNesting(page, limits, &kept).ok());
  EXPECT_EQ(kept.dropped_tags, 0u);

  limits.max_depth = divs + 1;
  parse::GuardedHtml flattened;
  ASSERT_TRUE(parse::GuardNesting(page, limits, &flattened).ok());
  EXPECT_EQ(flattened.dropped_tags, 1u);
  dom::Document doc;
  ASSERT_TRUE(parse::ParseHtml(page, limits, &doc).ok());
  EXPECT_NE(doc.TextOf(dom::Document::kRoot).find("deepest words"), std::string::npos);
}

TEST(Limits, AttributeAtTheLimitIsKeptAndALongerOneIsDroppedAndSaidSo) {
  const std::string src = "data:image/png;base64," + std::string(1000, 'A');
  const std::string page = Article("<img src=\"" + src + "\" alt=\"chart\">");
  Limits limits;
  limits.max_attribute_bytes = src.size();
  Result r;
  ASSERT_TRUE(ExtractWith(page, limits, &r).ok());
  EXPECT_NE(r.content.find(src), std::string::npos);
  EXPECT_FALSE(r.truncated);
  EXPECT_EQ(r.content.find(kMarker), std::string::npos);

  limits.max_attribute_bytes = src.size() - 1;
  ASSERT_TRUE(ExtractWith(page, limits, &r).ok());
  EXPECT_EQ(r.content.find("AAAA"), std::string::npos);
  EXPECT_TRUE(r.truncated);
  EXPECT_NE(r.content.find(kMarker), std::string::npos);
}

TEST(Limits, LongAttributeOnAnElementTheViewDoesNotShowCutsNothingVisible) {
  const std::string page = Article("<span data-props=\"" + std::string(5000, 'x') + "\">words</span>");
  Limits limits;
  limits.max_attribute_bytes = 100;
  Result r;
  ASSERT_TRUE(ExtractWith(page, limits, &r).ok());
  EXPECT_NE(r.content.find("words"), std::string::npos);
  EXPECT_FALSE(r.truncated);
}

TEST(Limits, TextNodeAtTheLimitIsWholeAndALongerOneIsCutAndSaidSo) {
  // "é" is two bytes: the cut must not split it.
  const std::string text = std::string(2000, 'a') + "é" + std::string(100, 'z');
  const std::string page = Article("<b>" + text + "</b>");
  Limits limits;
  limits.max_text_node_bytes = 4096;  // the prose paragraphs are shorter
  Result r;
  ASSERT_TRUE(ExtractWith(page, limits, &r).ok());
  EXPECT_NE(r.content.find(text), std::string::npos);
  EXPECT_FALSE(r.truncated);

  limits.max_text_node_bytes = text.size() - 1;
  ASSERT_TRUE(ExtractWith(page, limits, &r).ok());
  EXPECT_EQ(r.content.find(text), std::string::npos);
  EXPECT_NE(r.content.find(text.substr(0, text.size() - 1) + " […]"), std::string::npos);
  EXPECT_TRUE(r.truncated);
  EXPECT_NE(r.content.find(kMarker), std::string::npos);

  limits.max_text_node_bytes = 2001;  // inside "é"
  ASSERT_TRUE(ExtractWith(page, limits, &r).ok());
  EXPECT_TRUE(decode::IsValidUtf8(r.content));
  EXPECT_NE(r.content.find(std::string(2000, 'a') + " […]"), std::string::npos);
}

TEST(Limits, OutputAtTheLimitIsWholeAndALargerViewIsCutAtABlockAndSaidSo) {
  const std::string page = Article("");
  Limits limits;
  Result whole;
  ASSERT_TRUE(ExtractWith(page, limits, &whole).ok());
  ASSERT_FALSE(whole.truncated);
  const size_t size = whole.content.size();

  limits.max_output_bytes = size;
  Result r;
  ASSERT_TRUE(ExtractWith(page, limits, &r).ok());
  EXPECT_EQ(r.content, whole.content);
  EXPECT_FALSE(r.truncated);

  limits.max_output_bytes = size / 2;
  ASSERT_TRUE(ExtractWith(page, limits, &r).ok());
  EXPECT_TRUE(r.truncated);
  EXPECT_LT(r.content.size(), size);
  EXPECT_TRUE(r.content.ends_with(std::string(kMarker) + "[…]</p>")) << r.content;
  // Cut after a whole paragraph.
  EXPECT_NE(r.content.find("</p>" + std::string(kMarker)), std::string::npos) << r.content;
}

TEST(Limits, OneBlockLargerThanTheOutputLimitIsCutInside) {
  std::string block;
  for (int i = 0; i < 2000; ++i) block += "<b>" + std::to_string(i) + " bold words</b> and more ";
  Limits limits;
  limits.max_output_bytes = 4096;
  Result r;
  ASSERT_TRUE(ExtractWith(Article(block), limits, &r).ok());
  EXPECT_TRUE(r.truncated);
  // The budget, plus at most one text node and the closing tags.
  EXPECT_LT(r.content.size(), 4096u + 200u);
  EXPECT_NE(r.content.find(kMarker), std::string::npos);
  // Every start tag written is closed, and no end tag is written without one.
  EXPECT_EQ(CountOf(r.content, "<b>"), CountOf(r.content, "</b>"));
  EXPECT_EQ(CountOf(r.content, "<p>") + CountOf(r.content, "<p class"), CountOf(r.content, "</p>"));
}

TEST(Limits, DeadlinePassedIsATimeoutNotAResult) {
  Options options;
  options.deadline = std::chrono::steady_clock::now() - std::chrono::milliseconds(1);
  Result r;
  const Status s = Extract(Article(""), options, &r);
  EXPECT_EQ(s.code(), ErrorCode::kTimeout);
  EXPECT_FALSE(s.message().empty());
}

}  // namespace
}  // namespace pagesift
