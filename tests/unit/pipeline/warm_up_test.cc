#include <gtest/gtest.h>

#include <string>
#include <thread>

#include "pagesift/extract.h"

namespace pagesift {
namespace {

constexpr const char kPage[] =
    "<html><head><title>Tram line - Town News</title></head><body><article>"
    "<h1>Tram line</h1><p class=\"byline\">By Ann Lee, May 4, 2023</p>"
    "<p>The council voted on Monday to build a tram line from the station to the hospital, "
    "and work starts in spring.</p><p>Share this article</p></article></body></html>";

Result ExtractPage() {
  Options options;
  options.url = "https://example.com/2023/05/04/tram";
  Result result;
  EXPECT_TRUE(Extract(kPage, options, &result).ok());
  return result;
}

TEST(WarmUp, ExtractsItsOwnPage) { EXPECT_TRUE(WarmUp().ok()); }

// The host warms up on one thread while its first request may already be
// extracted on another: the page comes out the same as it does alone.
TEST(WarmUp, ExtractionBesideItGivesTheSameResult) {
  Result beside;
  std::thread warming([] { EXPECT_TRUE(WarmUp().ok()); });
  beside = ExtractPage();
  warming.join();
  const Result alone = ExtractPage();
  EXPECT_EQ(beside.title, alone.title);
  EXPECT_EQ(beside.byline, alone.byline);
  EXPECT_EQ(beside.published_time, alone.published_time);
  EXPECT_EQ(beside.content, alone.content);
  EXPECT_EQ(alone.title, "Tram line");
  EXPECT_NE(alone.content.find("tram line from the station"), std::string::npos);
  EXPECT_EQ(alone.content.find("Share this article"), std::string::npos);
}

}  // namespace
}  // namespace pagesift
