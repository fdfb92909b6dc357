// Extraction on small hand-written pages: what is kept and what goes.
#include <gtest/gtest.h>

#include <string>

#include "pagesift/extract.h"
#include "test_pages.h"

namespace pagesift {
namespace {

using test_pages::ExtractPage;
using test_pages::Has;
using test_pages::Paragraphs;

TEST(Extract, KeepsTheArticleAndDropsNavigationAndFooter) {
  Result r = ExtractPage(
      "<html><head><title>Story - Site</title></head><body>"
      "<nav><a href='/'>Home</a> <a href='/news'>News menu</a></nav>"
      "<div class='content'>" + Paragraphs(5, "Body") + "</div>"
      "<footer>Copyright footer line</footer></body></html>");
  EXPECT_TRUE(Has(r.text_content, "Body 0."));
  EXPECT_TRUE(Has(r.text_content, "Body 4."));
  EXPECT_FALSE(Has(r.text_content, "News menu"));
  EXPECT_FALSE(Has(r.text_content, "Copyright footer"));
  EXPECT_TRUE(r.readerable);
}

TEST(Extract, DropsHiddenContentOfEveryKind) {
  Result r = ExtractPage(
      "<article>" + Paragraphs(4, "Shown") +
      "<p hidden>Hidden attribute text</p><p aria-hidden='true'>Aria hidden text</p>"
      "<p style='display: none'>Display none text</p><p style='VISIBILITY:hidden'>Visibility text</p>"
      "<p data-pagesift-hidden='1'>Computed hidden text</p></article>");
  EXPECT_TRUE(Has(r.text_content, "Shown 3."));
  for (const char* hidden : {"Hidden attribute", "Aria hidden", "Display none", "Visibility text", "Computed hidden"}) {
    EXPECT_FALSE(Has(r.text_content, hidden)) << hidden;
  }
}

TEST(Extract, DropsAdLabelsInSeveralLanguages) {
  Result r = ExtractPage("<article>" + Paragraphs(2, "A") + "<div class='x'>Advertisement</div>" +
                         Paragraphs(1, "B") + "<div>Anzeige</div><p>Publicité</p>" +
                         "<div>L’article continue sous l’annonce</div>" + Paragraphs(2, "C") + "</article>");
  EXPECT_TRUE(Has(r.text_content, "B 0."));
  EXPECT_TRUE(Has(r.text_content, "C 1."));
  for (const char* label : {"Advertisement", "Anzeige", "Publicité", "continue sous"}) {
    EXPECT_FALSE(Has(r.text_content, label)) << label;
  }
}

TEST(Extract, DropsShareBarsAndRelatedPostsInsideTheArticle) {
  Result r = ExtractPage(
      "<article><div class='entry-content'>" + Paragraphs(4, "Main") +
      "<div class='share-buttons'><a href='/s'>Share on social</a></div>"
      "<div class='related-posts'><h3>You may also like</h3><a href='/1'>Other story one</a></div>"
      "</div></article>");
  EXPECT_TRUE(Has(r.text_content, "Main 3."));
  EXPECT_FALSE(Has(r.text_content, "Share on social"));
  EXPECT_FALSE(Has(r.text_content, "Other story one"));
}

TEST(Extract, ResolvesLazyImagesAndMakesUrlsAbsolute) {
  Result r = ExtractPage(
      "<article>" + Paragraphs(3, "P") +
      "<figure><img src='data:image/gif;base64,R0lGOD' data-src='/img/photo.jpg'>"
      "<figcaption>The caption</figcaption></figure>"
      "<img src='blank.gif' data-srcset='/s.jpg 300w, /l.jpg 1200w'>"
      "<img src='/pixel.png' width='1' height='1'>" + Paragraphs(1, "Q") + "</article>");
  EXPECT_TRUE(Has(r.content, "src=\"https://example.org/img/photo.jpg\"")) << r.content;
  EXPECT_TRUE(Has(r.content, "src=\"https://example.org/l.jpg\"")) << r.content;
  EXPECT_TRUE(Has(r.content, "<figcaption>The caption</figcaption>"));
  EXPECT_FALSE(Has(r.content, "pixel.png"));
}

TEST(Extract, NoscriptImageReplacesItsPlaceholder) {
  Result r = ExtractPage("<article>" + Paragraphs(3, "P") +
                         "<p><img src='placeholder.png'><noscript><img src='/real.jpg'></noscript></p></article>");
  EXPECT_TRUE(Has(r.content, "https://example.org/real.jpg"));
  EXPECT_FALSE(Has(r.content, "placeholder.png"));
}

TEST(Extract, BaseHrefResolvesRelativeUrls) {
  Result r = ExtractPage("<head><base href='https://cdn.example.net/x/'></head><article>" + Paragraphs(3, "P") +
                         "<p><a href='page.html'>a link</a> in text that is long enough to stay here.</p></article>");
  EXPECT_TRUE(Has(r.content, "href=\"https://cdn.example.net/x/page.html\"")) << r.content;
}

TEST(Extract, KeepsCodeBlocksExactlyWithTheirLanguage) {
  Result r = ExtractPage("<article>" + Paragraphs(3, "P") +
                         "<pre class='language-python'><code>def f(x):\n    return  x &lt; 2\n</code></pre></article>");
  EXPECT_TRUE(Has(r.content, "<pre class=\"language-python\">")) << r.content;
  EXPECT_TRUE(Has(r.text_content, "def f(x):\n    return  x < 2"));
}

TEST(Extract, HeadingRepeatingTheTitleIsDropped) {
  Result r = ExtractPage("<title>A Long Story Title</title><article><h1>A Long Story Title</h1>" +
                         Paragraphs(3, "P") + "<h2>A section</h2>" + Paragraphs(2, "Q") + "</article>");
  EXPECT_EQ(r.title, "A Long Story Title");
  EXPECT_FALSE(Has(r.text_content, "A Long Story Title"));
  EXPECT_TRUE(Has(r.text_content, "A section"));
}

TEST(Extract, KeepsDataTables) {
  Result r = ExtractPage("<article>" + Paragraphs(3, "P") +
                         "<table><thead><tr><th>Name</th><th>Value</th></tr></thead>"
                         "<tbody><tr><td>alpha</td><td>1</td></tr></tbody></table></article>");
  EXPECT_TRUE(Has(r.content, "<th>Name</th>"));
  EXPECT_TRUE(Has(r.text_content, "alpha"));
}

TEST(Extract, ReaderableCountsCjkText) {
  std::string zh;
  for (int i = 0; i < 60; ++i) zh += "\xE4\xB8\xAD";  // 中 x60: 60 characters
  std::string page = "<article>";
  for (int i = 0; i < 6; ++i) page += "<p>" + zh + "</p>";
  page += "</article>";
  EXPECT_TRUE(ExtractPage(page).readerable);
  EXPECT_EQ(ExtractPage(page).word_count, 360u);
}

TEST(Extract, ShortPageIsNotReaderable) {
  EXPECT_FALSE(ExtractPage("<p>Login</p><a href='/'>Home</a>").readerable);
}

}  // namespace
}  // namespace pagesift
