// The images saved with an article: type sniffing, base64, the caps, the
// names and the links.
#include <gtest/gtest.h>

#include <string>

#include "library/article_images.h"
#include "library/base64.h"
#include "library/image_types.h"
#include "render/standalone_page.h"

namespace pagesift::library {
namespace {

std::string Png(size_t size = 64) {
  std::string b("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16);
  b.resize(std::max<size_t>(size, b.size()), '\x01');
  return b;
}

std::string Jpeg(size_t size = 64) {
  std::string b("\xFF\xD8\xFF\xE0\0\x10JFIF", 10);
  b.resize(std::max<size_t>(size, b.size()), '\x02');
  return b;
}

std::string Gif() { return std::string("GIF89a\x01\0\x01\0\x80\0\0", 13); }

std::string Bmp() {
  std::string b(64, '\0');
  b[0] = 'B', b[1] = 'M', b[2] = 64;  // file size 64, little-endian
  b[10] = 54;                         // pixels start
  b[14] = 40;                         // BITMAPINFOHEADER
  return b;
}

Result ArticleWith(const std::string& content) {
  Result r;
  r.title = "Pictures";
  r.url = "https://example.com/post";
  r.content = content;
  return r;
}

TEST(SniffRasterImage, KnowsTheRasterFormatsByTheirBytes) {
  EXPECT_EQ(SniffRasterImage(Png()), "png");
  EXPECT_EQ(SniffRasterImage(Jpeg()), "jpg");
  EXPECT_EQ(SniffRasterImage(Gif()), "gif");
  EXPECT_EQ(SniffRasterImage(std::string("RIFF\x24\0\0\0WEBPVP8 ", 16)), "webp");
  EXPECT_EQ(SniffRasterImage(std::string("\0\0\0\x18" "ftypavif\0\0\0\0avifmif1", 24)), "avif");
  EXPECT_EQ(SniffRasterImage(std::string("\0\0\0\x18" "ftypmif1\0\0\0\0miafavis", 24)), "avif");
  EXPECT_EQ(SniffRasterImage(Bmp()), "bmp");
}

TEST(SniffRasterImage, RefusesEverythingElse) {
  const std::string refused[] = {
      "",
      "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
      "<?xml version=\"1.0\"?><svg/>",
      "<!DOCTYPE html><html><body><img src=x onerror=alert(1)>",
      "\xEF\xBB\xBF<svg/>",
      "BM, but only a line of text that starts like a bitmap would",
      std::string("\x89PNG\r\n\x1a\n", 8),                     // a signature, no header
      std::string("\0\0\0\x18" "ftypisom\0\0\0\0isommp41", 24),  // an MP4, not AVIF
      std::string("\0\0\0\x08" "ftypavif", 12),                  // a box too short to hold a brand
      "RIFF\x24\0\0\0WAVEfmt ",
      "GIF8",
      "%PDF-1.7",
      "\x1f\x8b\x08\0",
  };
  for (const std::string& bytes : refused) EXPECT_EQ(SniffRasterImage(bytes), "") << bytes;
}

TEST(DecodeBase64, DecodesWhatBrowsersWrite) {
  std::string bytes;
  ASSERT_TRUE(DecodeBase64("", 10, &bytes));
  EXPECT_EQ(bytes, "");
  ASSERT_TRUE(DecodeBase64("Zg==", 10, &bytes));
  EXPECT_EQ(bytes, "f");
  ASSERT_TRUE(DecodeBase64("Zm8=", 10, &bytes));
  EXPECT_EQ(bytes, "fo");
  ASSERT_TRUE(DecodeBase64("Zm9vYmFy", 10, &bytes));
  EXPECT_EQ(bytes, "foobar");
  ASSERT_TRUE(DecodeBase64("/+8A", 10, &bytes));
  EXPECT_EQ(bytes, std::string("\xFF\xEF\0", 3));
}

TEST(DecodeBase64, RefusesMalformedOrLargeInput) {
  std::string bytes = "stale";
  for (std::string_view bad : {"Zg=", "Zg", "Z===", "Zg==Zg==", "Zm9v YmFy", "Zm9v\nYmFy", "Zm9-", "Zm9_", "====",
                               "Zm=v"}) {
    EXPECT_FALSE(DecodeBase64(bad, 100, &bytes)) << bad;
    EXPECT_EQ(bytes, "") << bad;
  }
  EXPECT_TRUE(DecodeBase64("Zm9vYmFy", 6, &bytes));
  EXPECT_FALSE(DecodeBase64("Zm9vYmFy", 5, &bytes));
}

TEST(PlanImages, StoresTheArticlesImagesInItsOrderUnderNumberedNames) {
  Result r = ArticleWith(
      "<p><img src=\"https://cdn.example/b.jpg\"><img src=\"https://cdn.example/a.png?w=1&amp;h=2\"></p>"
      "<p><img src=\"https://cdn.example/b.jpg\"></p>");
  std::vector<ImageBytes> images = {
      {"https://cdn.example/a.png?w=1&h=2", Png()},
      {"https://cdn.example/b.jpg", Jpeg()},
      {"https://tracker.example/pixel.gif", Gif()},
      {"https://cdn.example/b.jpg", Jpeg()},
  };
  ImagePlan plan;
  ASSERT_TRUE(PlanImages(r, images, Limits(), &plan).ok());
  ASSERT_EQ(plan.stored.size(), 2u);
  EXPECT_EQ(plan.stored[0].src, "https://cdn.example/b.jpg");
  EXPECT_EQ(plan.stored[0].file, "001.jpg");
  EXPECT_EQ(plan.stored[1].src, "https://cdn.example/a.png?w=1&h=2");
  EXPECT_EQ(plan.stored[1].file, "002.png");
  ASSERT_EQ(plan.outcomes.size(), 4u);
  EXPECT_EQ(plan.outcomes[0].file, "002.png");
  EXPECT_EQ(plan.outcomes[1].file, "001.jpg");
  EXPECT_EQ(plan.outcomes[2].reason, "not an image of the article");
  EXPECT_EQ(plan.outcomes[3].reason, "sent twice");
}

TEST(PlanImages, NamesNeverComeFromTheUrl) {
  Result r = ArticleWith(
      "<img src=\"https://x.example/../../etc/passwd\"><img src=\"https://x.example/a/CON\">"
      "<img src=\"https://x.example/%2e%2e%2f.bashrc.png\"><img src=\"https://x.example/\xE2\x80\xAEgpj.exe\">");
  std::vector<ImageBytes> images = {{"https://x.example/../../etc/passwd", Png()},
                                    {"https://x.example/a/CON", Png()},
                                    {"https://x.example/%2e%2e%2f.bashrc.png", Jpeg()},
                                    {"https://x.example/\xE2\x80\xAEgpj.exe", Png()}};
  ImagePlan plan;
  ASSERT_TRUE(PlanImages(r, images, Limits(), &plan).ok());
  ASSERT_EQ(plan.stored.size(), 4u);
  EXPECT_EQ(plan.stored[0].file, "001.png");
  EXPECT_EQ(plan.stored[1].file, "002.png");
  EXPECT_EQ(plan.stored[2].file, "003.jpg");
  EXPECT_EQ(plan.stored[3].file, "004.png");
  for (const StoredImage& image : plan.stored) EXPECT_TRUE(IsStoredImageName(image.file)) << image.file;
}

TEST(PlanImages, RefusesSvgHtmlAndWhatPassesTheCaps) {
  std::string content;
  std::vector<ImageBytes> images;
  for (size_t i = 0; i < kMaxImagesPerArticle + 4; ++i) {  // three refused, one too many
    std::string url = "https://x.example/" + std::to_string(i) + ".png";
    content += "<img src=\"" + url + "\">";
    images.push_back({url, Png()});
  }
  images[0].bytes = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>";
  images[1].bytes = "<html><script>alert(1)</script></html>";
  images[2].bytes = Png(kMaxImageBytes + 1);
  ImagePlan plan;
  ASSERT_TRUE(PlanImages(ArticleWith(content), images, Limits(), &plan).ok());
  EXPECT_EQ(plan.outcomes[0].reason, "not a PNG, JPEG, GIF, WebP, AVIF or BMP image");
  EXPECT_EQ(plan.outcomes[1].reason, "not a PNG, JPEG, GIF, WebP, AVIF or BMP image");
  EXPECT_EQ(plan.outcomes[2].reason, "larger than " + std::to_string(kMaxImageBytes) + " bytes");
  EXPECT_EQ(plan.stored.size(), kMaxImagesPerArticle);
  EXPECT_EQ(plan.outcomes.back().reason, "more than " + std::to_string(kMaxImagesPerArticle) + " images");
  EXPECT_EQ(plan.stored.front().file, "001.png");
  EXPECT_EQ(plan.stored.back().file, "200.png");
}

TEST(PlanImages, TheArticleTotalIsCapped) {
  std::string content;
  std::vector<ImageBytes> images;
  const size_t each = kMaxImageBytes - 16;
  for (size_t i = 0; i < 5; ++i) {
    std::string url = "https://x.example/big" + std::to_string(i) + ".jpg";
    content += "<img src=\"" + url + "\">";
    images.push_back({url, Jpeg(each)});
  }
  ImagePlan plan;
  ASSERT_TRUE(PlanImages(ArticleWith(content), images, Limits(), &plan).ok());
  size_t total = 0;
  for (const StoredImage& image : plan.stored) total += image.bytes->size();
  EXPECT_LE(total, kMaxImageBytesPerArticle);
  EXPECT_EQ(plan.stored.size(), kMaxImageBytesPerArticle / each);
  EXPECT_NE(plan.outcomes.back().reason.find("the article's images pass"), std::string::npos);
}

TEST(LocalLinks, AreRelativeAndPercentEncoded) {
  Result r = ArticleWith("<img src=\"https://x.example/a.png\">");
  std::vector<ImageBytes> images = {{"https://x.example/a.png", Png()}};
  ImagePlan plan;
  ASSERT_TRUE(PlanImages(r, images, Limits(), &plan).ok());
  render::LocalImages links = LocalLinks(plan, "2026-01-02 C# & \"me\"? (2) été.images");
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links.begin()->second, "2026-01-02%20C%23%20%26%20%22me%22%3F%20%282%29%20%C3%A9t%C3%A9.images/001.png");
  EXPECT_EQ(PercentEncodePath("a/b-c_d.e~f"), "a/b-c_d.e~f");
}

TEST(StandalonePage, PointsStoredImagesAtTheirCopiesOnly) {
  Result r = ArticleWith(
      "<p>Text that quotes &lt;img src=\"https://x.example/a.png\"&gt; literally.</p>"
      "<figure><img src=\"https://x.example/a.png?x=1&amp;y=2\" alt=\"A\"></figure>"
      "<img src=\"https://x.example/kept-remote.png\">");
  render::LocalImages links = {{"https://x.example/a.png?x=1&y=2", "Pictures.images/001.png"},
                               {"https://x.example/a.png", "Pictures.images/002.png"}};
  std::string page = render::RenderStandalonePage(r, links);
  EXPECT_NE(page.find("<img src=\"Pictures.images/001.png\" alt=\"A\">"), std::string::npos) << page;
  EXPECT_NE(page.find("&lt;img src=\"https://x.example/a.png\"&gt; literally"), std::string::npos) << page;
  EXPECT_NE(page.find("<img src=\"https://x.example/kept-remote.png\">"), std::string::npos) << page;
  EXPECT_EQ(page.find("Pictures.images/002.png"), std::string::npos) << page;
}

TEST(IsStoredImageName, KnowsOnlyTheNamesASaveMakes) {
  EXPECT_TRUE(IsStoredImageName("001.png"));
  EXPECT_TRUE(IsStoredImageName("200.webp"));
  EXPECT_FALSE(IsStoredImageName("01.png"));
  EXPECT_FALSE(IsStoredImageName("001.svg"));
  EXPECT_FALSE(IsStoredImageName("holiday.jpg"));
  EXPECT_FALSE(IsStoredImageName("001"));
  EXPECT_FALSE(IsStoredImageName("001.png.html"));
}

}  // namespace
}  // namespace pagesift::library
