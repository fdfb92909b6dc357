// Math through the whole pipeline: MathML in place of renderers' markup, the
// TeX source where there is no MathML, never the rendering's spans.
#include <gtest/gtest.h>

#include <string>

#include "pagesift/extract.h"
#include "test_pages.h"

namespace pagesift {
namespace {

using test_pages::Count;
using test_pages::Has;
using test_pages::ExtractArticleAround;

TEST(Math, KatexKeepsItsMathMlAndDropsTheHtmlRenderingAndTex) {
  Result r = ExtractArticleAround(
      "<p>Energy is <span class='katex'><span class='katex-mathml'><math><semantics><mrow><mi>E</mi><mo>=</mo>"
      "<mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></mrow><annotation encoding='application/x-tex'>E=mc^2"
      "</annotation></semantics></math></span><span class='katex-html' aria-hidden='true'><span class='base'>"
      "<span class='mord mathnormal'>E</span><span class='mrel'>=</span></span></span></span> here.</p>");
  EXPECT_TRUE(Has(r.content, "<math><semantics><mrow><mi>E</mi>")) << r.content;
  EXPECT_FALSE(Has(r.content, "E=mc^2")) << r.content;
  EXPECT_FALSE(Has(r.content, "katex")) << r.content;
  EXPECT_EQ(Count(r.content, "<math"), 1u);
}

TEST(Math, HiddenMathMlCopyReplacesTheImageFallback) {
  Result r = ExtractArticleAround(
      "<p>A formula <span class='mwe-math-element'><span class='mwe-math-mathml-inline' style='display: none;'>"
      "<math alttext='x^2'><mrow><msup><mi>x</mi><mn>2</mn></msup></mrow></math></span>"
      "<img src='/math/x2.svg' class='mwe-math-fallback-image-inline' aria-hidden='true' alt='x^2'></span> inline.</p>");
  EXPECT_TRUE(Has(r.content, "<msup><mi>x</mi><mn>2</mn></msup>")) << r.content;
}

TEST(Math, MathJaxThreeContainerGivesWayToItsAssistiveMathMl) {
  Result r = ExtractArticleAround(
      "<p>Sum <mjx-container class='MathJax' jax='CHTML'><mjx-math aria-hidden='true'><mjx-mi>n</mjx-mi>"
      "</mjx-math><mjx-assistive-mml display='inline'><math><mi>n</mi></math></mjx-assistive-mml>"
      "</mjx-container> terms.</p>");
  EXPECT_TRUE(Has(r.content, "Sum <math><mi>n</mi></math> terms")) << r.content;
}

TEST(Math, TexScriptWithoutMathMlBecomesTexCode) {
  Result r = ExtractArticleAround(
      "<p>Inline <span class='MathJax_Preview'>a+b</span><script type='math/tex'>a+b</script> and display:</p>"
      "<div><script type='math/tex; mode=display'>\\int_0^1 x\\,dx</script></div>");
  EXPECT_TRUE(Has(r.content, "<code class=\"language-math\">a+b</code>")) << r.content;
  EXPECT_EQ(Count(r.text_content, "a+b"), 1u) << r.text_content;
  EXPECT_TRUE(Has(r.markdown, "```math\n\\int_0^1 x\\,dx\n```")) << r.markdown;
}

TEST(Math, MathJaxTwoRenderingWithMathMlDropsItsScriptCopy) {
  Result r = ExtractArticleAround(
      "<p>Then <span class='MathJax' id='MathJax-Element-1-Frame'><span class='math'>y</span>"
      "<span class='MJX_Assistive_MathML'><math><mi>y</mi></math></span></span>"
      "<script type='math/tex' id='MathJax-Element-1'>y</script> holds.</p>");
  EXPECT_TRUE(Has(r.content, "Then <math><mi>y</mi></math> holds")) << r.content;
  EXPECT_FALSE(Has(r.content, "language-math")) << r.content;
}

TEST(Math, AWrapperNamedMathThatHoldsProseIsNotReplaced) {
  Result r = ExtractArticleAround(
      "<div class='math-lesson'><p>The lesson text explains the idea at length before the formula.</p>"
      "<p><math><mi>z</mi></math></p></div>");
  EXPECT_TRUE(Has(r.text_content, "The lesson text explains")) << r.text_content;
  EXPECT_TRUE(Has(r.content, "<math><mi>z</mi></math>")) << r.content;
}

}  // namespace
}  // namespace pagesift
