#include "render/markdown.h"

#include <gtest/gtest.h>

#include <string>

#include "base/url.h"
#include "parse/parse.h"
#include "pagesift/extract.h"

namespace pagesift::render {
namespace {

// The Markdown of a reader-view fragment, resolved against a fixed page.
std::string Md(std::string_view html) {
  dom::Document doc;
  EXPECT_TRUE(parse::ParseHtml(html, Limits(), &doc).ok());
  UrlResolver urls("https://example.com/blog/post.html");
  return RenderMarkdownBody(doc, doc.FindFirst(GUMBO_TAG_BODY), urls);
}

TEST(Markdown, HeadingsAndParagraphs) {
  EXPECT_EQ(Md("<h2>Intro</h2><p>One  two\nthree.</p><p>Four.</p>"),
            "## Intro\n\nOne two three.\n\nFour.\n");
}

TEST(Markdown, EmptyElementsLeaveNothing) {
  EXPECT_EQ(Md("<p> </p><h3></h3><p><em> </em>x</p><ul><li></li></ul>"), "x\n");
  EXPECT_EQ(Md(""), "");
}

TEST(Markdown, InlineSyntaxInTextIsEscaped) {
  EXPECT_EQ(Md("<p>a*b_c [d](e) `f` &lt;g&gt; |h| ~i~ \\ &amp;copy; AT&amp;T 5 &amp; 6</p>"),
            "a\\*b\\_c \\[d\\](e) \\`f\\` \\<g> \\|h\\| \\~i\\~ \\\\ \\&copy; AT\\&T 5 & 6\n");
}

TEST(Markdown, BlockSyntaxAtLineStartIsEscaped) {
  EXPECT_EQ(Md("<p># not a heading</p><p>&gt; not a quote</p><p>- no</p><p>+ no</p>"
               "<p>=</p><p>1. no</p><p><span>2</span>) no</p><p>1a. yes</p>"),
            "\\# not a heading\n\n\\> not a quote\n\n\\- no\n\n\\+ no\n\n\\=\n\n1\\. no\n\n2\\) no\n\n1a. yes\n");
}

TEST(Markdown, Emphasis) {
  EXPECT_EQ(Md("<p>a <em>b </em>c <strong>d</strong> <b><i>e</i></b> <del>f</del> <em><em>g</em></em></p>"),
            "a *b* c **d** ***e*** ~~f~~ *g*\n");
}

TEST(Markdown, EmphasisAroundBlocksIsDropped) {
  EXPECT_EQ(Md("<strong><p>one</p><p>two</p></strong>"), "one\n\ntwo\n");
}

TEST(Markdown, LinksAreAbsoluteAndChecked) {
  EXPECT_EQ(Md("<p><a href=\"../x (1).html\">rel</a> <a href=\"javascript:alert(1)\">js</a> "
               "<a href=\"https://a.org/\"></a>wow!<a href=\"/b\">c</a></p>"),
            "[rel](https://example.com/x%20\\(1\\).html) js wow\\![c](https://example.com/b)\n");
}

TEST(Markdown, Images) {
  EXPECT_EQ(Md("<p><img src=\"i.png\" alt=\"A [b]\" title='say \"hi\"'><img src=\"javascript:x\" alt=\"no\"></p>"),
            "![A \\[b\\]](https://example.com/blog/i.png \"say \\\"hi\\\"\")\n");
  EXPECT_EQ(Md("<a href=\"https://a.org/\"><img src=\"https://a.org/i.png\" alt=\"\"></a>"),
            "[![](https://a.org/i.png)](https://a.org/)\n");
}

TEST(Markdown, NestedLists) {
  EXPECT_EQ(Md("<ul><li>one<ul><li>inner</li></ul></li><li>two</li></ul>"
               "<ol start=\"3\"><li>three</li><li><p>four</p><p>more</p></li></ol>"),
            // Blank lines around nested blocks: text after a sublist must not
            // read as a lazy continuation of its last item.
            "- one\n\n  - inner\n\n- two\n\n3. three\n\n4. four\n\n   more\n");
}

TEST(Markdown, Blockquotes) {
  EXPECT_EQ(Md("<blockquote><p>a</p><p>b</p><blockquote>c</blockquote></blockquote><p>d</p>"),
            "> a\n>\n> b\n>\n> > c\n\nd\n");
}

TEST(Markdown, DeepNestingIsFlattened) {
  std::string html;
  for (int i = 0; i < 200; ++i) html += "<blockquote>";
  html += "deep";
  std::string md = Md(html);
  std::string expected;
  for (int i = 0; i < kMaxMarkdownNesting; ++i) expected += "> ";
  EXPECT_EQ(md, expected + "deep\n");
}

TEST(Markdown, FencedCodeKeepsItsLanguageAndText) {
  EXPECT_EQ(Md("<pre><code class=\"language-python\">def f():\n    return '*'\n</code></pre>"),
            "```python\ndef f():\n    return '*'\n```\n");
  EXPECT_EQ(Md("<pre>a ``` b</pre>"), "````\na ``` b\n````\n");
  EXPECT_EQ(Md("<ul><li><pre>x\n\ny</pre></li></ul>"), "- ```\n  x\n  \n  y\n  ```\n");
}

TEST(Markdown, CodeSpans) {
  EXPECT_EQ(Md("<p>Run <code>a*b</code> or <code>x`y</code> or <code>`</code></p>"),
            "Run `a*b` or ``x`y`` or `` ` ``\n");
}

TEST(Markdown, LineBreaks) {
  EXPECT_EQ(Md("<p>a<br>b<br></p><h1>c<br>d</h1>"), "a\\\nb\n\n# c d\n");
}

TEST(Markdown, TablesWithHeader) {
  EXPECT_EQ(Md("<table><thead><tr><th>A</th><th>B|C</th></tr></thead>"
               "<tbody><tr><td>1</td><td><code>x|y</code></td></tr><tr><td colspan=2>wide</td></tr>"
               "<tr><td>short</td></tr></tbody></table>"),
            "| A | B\\|C |\n| --- | --- |\n| 1 | `x\\|y` |\n| wide | |\n| short |  |\n");
}

TEST(Markdown, TablesWithoutHeaderGetAnEmptyOne) {
  EXPECT_EQ(Md("<table><tr><td>1</td><td>2</td></tr></table>"), "|  |  |\n| --- | --- |\n| 1 | 2 |\n");
}

TEST(Markdown, TablesHoldingBlocksBecomeBlocks) {
  EXPECT_EQ(Md("<table><tr><td><ul><li>a</li></ul></td><td>b</td></tr></table>"), "- a\n\nb\n");
}

TEST(Markdown, Footnotes) {
  EXPECT_EQ(Md("<p>Claim<sup><a href=\"#ps-fn1\" id=\"ps-r1\">1</a></sup>.</p>"
               "<ol><li id=\"ps-fn1\"><p>Source. <a href=\"#ps-r1\">↩</a></p></li></ol>"),
            "Claim[^1].\n\n[^1]: Source.\n");
}

TEST(Markdown, VideoStandInsBecomeLinks) {
  EXPECT_EQ(Md("<figure class=\"pagesift-video\"><a href=\"https://www.youtube.com/embed/x_1\" "
               "data-pagesift-video=\"youtube.com\"></a></figure>"),
            "[https://www.youtube.com/embed/x\\_1](https://www.youtube.com/embed/x_1)\n");
}

TEST(Markdown, InternalLinksThatAreNotFootnotesKeepTheirText) {
  EXPECT_EQ(Md("<p><a href=\"#ps-top\">back to the top</a></p>"), "back to the top\n");
}

TEST(FrontMatter, EscapesEverythingYamlCouldMisread) {
  Result r;
  r.title = "A \"quoted\": title\n# with \\ and \x01 and \xE2\x80\xA8 end";
  r.url = "https://example.com/p";
  r.authors = {"Ann", "Bob"};
  r.tags = {"x: y"};
  EXPECT_EQ(RenderFrontMatter(r, "2026-01-02"),
            "---\n"
            "title: \"A \\\"quoted\\\": title\\x0A# with \\\\ and \\x01 and \\L end\"\n"
            "source: \"https://example.com/p\"\n"
            "author:\n  - \"Ann\"\n  - \"Bob\"\n"
            "created: \"2026-01-02\"\n"
            "tags:\n  - \"x: y\"\n"
            "---\n");
}

TEST(FrontMatter, RepairsInvalidUtf8) {
  Result r;
  r.title = "bad \xFF byte";
  EXPECT_EQ(RenderFrontMatter(r, ""), "---\ntitle: \"bad \xEF\xBF\xBD byte\"\n---\n");
}

TEST(Markdown, ExtractFillsMarkdownOnlyWhenAsked) {
  Options options;
  options.url = "https://example.com/a";
  const std::string page =
      "<html><head><title>T</title></head><body><article><h1>T</h1>"
      "<p>A long enough first paragraph about things, with words, many words, to count as content.</p>"
      "<p>Second paragraph with <a href=\"/rel\">a link</a> and more words to make it an article.</p>"
      "</article></body></html>";
  Result result;
  ASSERT_TRUE(Extract(page, options, &result).ok());
  EXPECT_TRUE(result.markdown.empty());
  options.want_markdown = true;
  ASSERT_TRUE(Extract(page, options, &result).ok());
  EXPECT_TRUE(result.markdown.starts_with("---\ntitle: "));
  EXPECT_NE(result.markdown.find("[a link](https://example.com/rel)"), std::string::npos);
}

}  // namespace
}  // namespace pagesift::render
