// Code blocks through the whole pipeline: highlighter gutters and layout go,
// the code's text stays exact, the language is named once on the <pre>.
#include <gtest/gtest.h>

#include <string>

#include "pagesift/extract.h"
#include "test_pages.h"

namespace pagesift {
namespace {

using test_pages::Has;
using test_pages::ExtractArticleAround;

TEST(CodeBlocks, PygmentsTableLosesItsLineNumberColumn) {
  Result r = ExtractArticleAround(
      "<div class='highlight-python'><table class='highlighttable'><tr>"
      "<td class='linenos'><div class='linenodiv'><pre>1\n2</pre></div></td>"
      "<td class='code'><div class='highlight'><pre><span class='k'>def</span> <span class='nf'>f</span>():\n"
      "    <span class='k'>return</span> 1\n</pre></div></td></tr></table></div>");
  EXPECT_TRUE(Has(r.markdown, "```python\ndef f():\n    return 1\n```")) << r.markdown;
  EXPECT_FALSE(Has(r.content, "<table")) << r.content;
  EXPECT_FALSE(Has(r.text_content, "1\n2")) << r.text_content;
}

TEST(CodeBlocks, LineNumberSpansInsideThePreGo) {
  Result r = ExtractArticleAround(
      "<pre class='language-js'><code><span class='line-number'>1</span>let a = 1;\n"
      "<span class='line-number'>2</span>let b = 2;</code></pre>");
  EXPECT_TRUE(Has(r.markdown, "```js\nlet a = 1;\nlet b = 2;\n```")) << r.markdown;
}

TEST(CodeBlocks, LinesAsBlocksOrBreaksBecomeNewlines) {
  Result r = ExtractArticleAround(
      "<pre data-lang='go'><div class='line'>func main() {</div><div class='line'>  run()</div>"
      "<div class='line'>}</div></pre>"
      "<pre>first<br>second<br/>third</pre>"
      "<pre class='prettyprint linenums'><ol class='linenums'><li>alpha()</li><li>beta()</li></ol></pre>");
  EXPECT_TRUE(Has(r.markdown, "```go\nfunc main() {\n  run()\n}\n```")) << r.markdown;
  EXPECT_TRUE(Has(r.markdown, "```\nfirst\nsecond\nthird\n```")) << r.markdown;
  EXPECT_TRUE(Has(r.markdown, "```\nalpha()\nbeta()\n```")) << r.markdown;
}

TEST(CodeBlocks, LanguageFromWrapperOrBrushIsNamedOnThePre) {
  Result r = ExtractArticleAround(
      "<div class='language-ruby highlighter-rouge'><div class='highlight'><pre class='highlight'><code>"
      "puts 1</code></pre></div></div>"
      "<pre class='brush: cpp; gutter: false'>int x;</pre>");
  EXPECT_TRUE(Has(r.content, "<pre class=\"language-ruby\">")) << r.content;
  EXPECT_TRUE(Has(r.markdown, "```ruby\nputs 1\n```")) << r.markdown;
  EXPECT_TRUE(Has(r.markdown, "```cpp\nint x;\n```")) << r.markdown;
}

TEST(CodeBlocks, IndentationAndBlankLinesAreExact) {
  const std::string code = "if x:\n\n        y = [1,\n\t2]\n";
  Result r = ExtractArticleAround("<pre><code class='lang-python'>" + code + "</code></pre>");
  EXPECT_TRUE(Has(r.markdown, "```python\nif x:\n\n        y = [1,\n\t2]\n```")) << r.markdown;
}

TEST(CodeBlocks, SpansOfSpacesBetweenTokensStay) {
  Result r = ExtractArticleAround("<div class='highlight-console'><div class='highlight'><pre><span></span>"
                            "<span class='gp'>$ </span>tool<span class='w'> </span>--help</pre></div></div>");
  EXPECT_TRUE(Has(r.markdown, "```console\n$ tool --help\n```")) << r.markdown;
}

TEST(CodeBlocks, AGutterClassAwayFromCodeIsLeftAlone) {
  Result r = ExtractArticleAround("<div class='gutter'><p>A paragraph in a layout column named gutter, "
                            "which is prose and not line numbers at all.</p></div><pre>code()</pre>");
  EXPECT_TRUE(Has(r.text_content, "layout column named gutter")) << r.text_content;
}

TEST(CodeBlocks, ManyTinyBlocksStayBounded) {
  std::string blocks;
  for (int i = 0; i < 20000; ++i) blocks += "<div class='ln'>" + std::to_string(i) + "</div><pre>x</pre>";
  Result r = ExtractArticleAround("<div>" + blocks + "</div>");
  EXPECT_TRUE(Has(r.text_content, "x"));
}

}  // namespace
}  // namespace pagesift
