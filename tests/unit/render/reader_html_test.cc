// The reader view is rebuilt from an allowlist: nothing executable survives.
#include <gtest/gtest.h>

#include <string>

#include "pagesift/extract.h"

namespace pagesift {
namespace {

std::string ContentOf(const std::string& body) {
  std::string page = "<article><p>Enough prose, with commas, to be the article of this small page.</p>" + body +
                     "<p>More prose, with commas, so that the article is chosen and kept whole.</p></article>";
  Options options;
  options.url = "https://example.org/";
  Result r;
  EXPECT_TRUE(Extract(page, options, &r).ok());
  return r.content;
}

TEST(ReaderHtml, DropsScriptsHandlersAndDangerousUrls) {
  std::string c = ContentOf(
      "<p onclick='alert(1)'>text <a href='javascript:alert(1)'>js</a> <a href=' JaVa&#09;ScRiPt:alert(1)'>js2</a>"
      " <a href='vbscript:x'>vb</a> <img src='x' onerror='alert(1)'> <a href='https://ok.example/'>ok</a></p>"
      "<script>alert(1)</script><style>p{}</style><iframe src='https://evil.example/'></iframe>"
      "<form action='/x'><input name='q'></form><svg><script>alert(1)</script></svg>");
  for (const char* bad : {"onclick", "javascript", "JaVa", "vbscript", "onerror", "<script", "<style",
                          "<iframe", "<input", "<svg", "alert"}) {
    EXPECT_EQ(c.find(bad), std::string::npos) << bad << " in " << c;
  }
  EXPECT_NE(c.find("href=\"https://ok.example/\""), std::string::npos);
}

TEST(ReaderHtml, EscapesTextThatLooksLikeMarkup) {
  std::string c = ContentOf("<p>&lt;img src=x onerror=alert(1)&gt; is text</p>");
  EXPECT_NE(c.find("&lt;img src=x onerror=alert(1)&gt;"), std::string::npos);
  EXPECT_EQ(c.find("<img src=x"), std::string::npos);
}

TEST(ReaderHtml, KeepsOnlyRasterDataImages) {
  std::string c = ContentOf("<p><img src='data:image/png;base64,iVBORw0KGgo=' alt='png'>"
                            "<img src='data:image/svg+xml;base64,PHN2Zz4=' alt='svg'></p>");
  EXPECT_NE(c.find("data:image/png"), std::string::npos);
  EXPECT_EQ(c.find("svg+xml"), std::string::npos);
}

TEST(ReaderHtml, DataImageTypeMustEndWhereTheTypeEnds) {
  // A raster type's name followed by more letters is another type; with no
  // comma at all the URL carries nothing.
  std::string c = ContentOf("<p><img src='data:image/pngx,AAAA' alt='a'><img src='data:image/gif' alt='b'>"
                            "<img src='data:image/png\xEF\xBF\xBD\xEF\xBF\xBD' alt='c'></p>");
  EXPECT_EQ(c.find("data:"), std::string::npos) << c;
}

TEST(ReaderHtml, PrefixesIdsAndFragmentLinks) {
  std::string c = ContentOf("<p id='note'>A note that has enough words in it.</p><p><a href='#note'>see</a></p>");
  EXPECT_NE(c.find("id=\"ps-note\""), std::string::npos);
  EXPECT_NE(c.find("href=\"#ps-note\""), std::string::npos);
}

TEST(ReaderHtml, KeepsVideoFromKnownHostsAsALink) {
  std::string c = ContentOf("<iframe src='https://www.youtube.com/embed/abc123'></iframe>"
                            "<iframe src='https://ads.example/frame'></iframe>");
  EXPECT_NE(c.find("data-pagesift-video=\"youtube\""), std::string::npos);
  EXPECT_EQ(c.find("ads.example"), std::string::npos);
  EXPECT_EQ(c.find("<iframe"), std::string::npos);
}

TEST(ReaderHtml, MathKeepsMathMlButNotHtmlInside) {
  std::string c = ContentOf("<p><math><mi>x</mi><mo>=</mo><mn>2</mn>"
                            "<mtext><img src=x onerror=alert(1)></mtext></math></p>");
  EXPECT_NE(c.find("<math><mi>x</mi><mo>=</mo><mn>2</mn>"), std::string::npos) << c;
  EXPECT_EQ(c.find("onerror"), std::string::npos);
}

}  // namespace
}  // namespace pagesift
