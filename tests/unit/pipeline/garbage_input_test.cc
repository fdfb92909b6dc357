// Garbage in: each hostile input gives a clear error or a valid result,
// never a crash or a hang.
#include <gtest/gtest.h>

#include <string>

#include "decode/utf8.h"
#include "pagesift/extract.h"

namespace pagesift {
namespace {

Status ExtractPage(std::string_view page, Result* result, Options options = {}) {
  return Extract(page, options, result);
}

TEST(GarbageInput, EmptyInputGivesAnEmptyValidResult) {
  Result r;
  ASSERT_TRUE(ExtractPage("", &r).ok());
  EXPECT_EQ(r.text_content, "");
  EXPECT_FALSE(r.readerable);
}

TEST(GarbageInput, BinaryBytesGiveAValidResult) {
  std::string bytes;
  for (int i = 0; i < 100000; ++i) bytes += static_cast<char>((i * 7919) % 256);
  Result r;
  ASSERT_TRUE(ExtractPage(bytes, &r).ok());
  EXPECT_TRUE(decode::IsValidUtf8(r.text_content));
  EXPECT_TRUE(decode::IsValidUtf8(r.content));
}

TEST(GarbageInput, TruncatedPageKeepsWhatItHolds) {
  std::string page = "<html><body><article><p>The first paragraph is complete, and it says enough to matter here.</p><p>The sec";
  Result r;
  ASSERT_TRUE(ExtractPage(page, &r).ok());
  EXPECT_NE(r.text_content.find("The first paragraph is complete"), std::string::npos);
  EXPECT_NE(r.text_content.find("The sec"), std::string::npos);
}

TEST(GarbageInput, InvalidUtf8IsReplacedNotFatal) {
  std::string page = "<meta charset=utf-8><p>caf\xC3 au lait \xFF\xFE and more text \xE2\x82 here</p>";
  Result r;
  ASSERT_TRUE(ExtractPage(page, &r).ok());
  EXPECT_NE(r.text_content.find("au lait"), std::string::npos);
  EXPECT_NE(r.text_content.find("\xEF\xBF\xBD"), std::string::npos);
}

TEST(GarbageInput, HundredThousandNestedElementsAreFlattenedNotFatal) {
  std::string page;
  for (int i = 0; i < 100000; ++i) page += "<div>";
  page += "deep text";
  for (int i = 0; i < 100000; ++i) page += "</div>";
  Result r;
  ASSERT_TRUE(ExtractPage(page, &r).ok());
  EXPECT_NE(r.text_content.find("deep text"), std::string::npos);
}

TEST(GarbageInput, HundredThousandNestedTablesAreFlattenedNotFatal) {
  std::string page;
  for (int i = 0; i < 100000; ++i) page += "<table><tr><td>";
  page += "cell text";
  Result r;
  ASSERT_TRUE(ExtractPage(page, &r).ok());
  EXPECT_NE(r.text_content.find("cell text"), std::string::npos);
}

TEST(GarbageInput, FiftyMegabytePageIsProcessed) {
  std::string paragraph =
      "<p>A sentence of the long page, with commas, words, and more words to read. Another sentence "
      "follows it, so that each paragraph is long enough to count as prose for the reader view.</p>\n";
  std::string page = "<html><body><article>";
  while (page.size() < 50u << 20) page += paragraph;
  page += "</article></body></html>";
  Result r;
  ASSERT_TRUE(ExtractPage(page, &r).ok());
  EXPECT_TRUE(r.readerable);
  EXPECT_GT(r.word_count, 1'000'000u);
}

TEST(GarbageInput, PageOverTheInputLimitIsRefusedClearly) {
  Options options;
  options.limits.max_input_bytes = 1000;
  Result r;
  Status s = ExtractPage(std::string(1001, 'x'), &r, options);
  EXPECT_EQ(s.code(), ErrorCode::kInputTooLarge);
  EXPECT_NE(s.message().find("1000"), std::string::npos);
}

TEST(GarbageInput, TooManyElementsAreRefusedClearly) {
  Options options;
  options.limits.max_nodes = 1000;
  std::string page;
  for (int i = 0; i < 2000; ++i) page += "<span>x</span>";
  Result r;
  EXPECT_EQ(ExtractPage(page, &r, options).code(), ErrorCode::kTooComplex);
}

TEST(GarbageInput, CancelledRequestStops) {
  std::atomic<bool> cancel{true};
  Options options;
  options.cancel = &cancel;
  Result r;
  EXPECT_EQ(ExtractPage("<p>text</p>", &r, options).code(), ErrorCode::kCancelled);
}

TEST(GarbageInput, PassedDeadlineTimesOut) {
  Options options;
  options.deadline = std::chrono::steady_clock::now() - std::chrono::seconds(1);
  Result r;
  EXPECT_EQ(ExtractPage("<p>text</p>", &r, options).code(), ErrorCode::kTimeout);
}

TEST(GarbageInput, HugeAttributeIsDropped) {
  std::string page = "<p><img alt=\"" + std::string(2u << 20, 'a') + "\" src=\"x.png\">Some words here.</p>";
  Result r;
  ASSERT_TRUE(ExtractPage(page, &r).ok());
  EXPECT_EQ(r.content.find("aaaa"), std::string::npos);
}

}  // namespace
}  // namespace pagesift
