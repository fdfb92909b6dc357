// One JSON value a line: what the CLI's batch output and the host's logs rely on.
#include <gtest/gtest.h>

#include <string>

#include "pagesift/json.h"

namespace pagesift {
namespace {

TEST(JsonLine, EscapesEveryLineSeparatorAndKeepsOtherText) {
  // U+2028, U+2029 and U+0085 beside characters sharing their lead bytes:
  // "’" (E2 80 99), "€" (E2 82 AC) and a no-break space (C2 A0).
  std::string text = "a\u2028b\u2029c\u0085d \u2019\u20AC\u00A0 \u2028";
  std::string line = DumpJsonLine(nlohmann::json{{"t", text}});
  EXPECT_EQ(line, "{\"t\":\"a\\u2028b\\u2029c\\u0085d \u2019\u20AC\u00A0 \\u2028\"}");
  EXPECT_EQ(nlohmann::json::parse(line)["t"], text);
}

TEST(JsonLine, LeavesTextWithoutSeparatorsAsDumped) {
  nlohmann::json value = {{"t", "plain, caf\u00E9 \u2014 \u00E2\u0082"}, {"n", 3}};
  EXPECT_EQ(DumpJsonLine(value), value.dump());
}

TEST(JsonLine, ASeparatorCutShortAtTheEndIsReplacedNotRead) {
  // Invalid UTF-8 is replaced by the dump; nothing is read past the end.
  std::string line = DumpJsonLine(nlohmann::json{{"t", std::string("x\xE2\x80")}});
  EXPECT_EQ(line, "{\"t\":\"x\xEF\xBF\xBD\"}");
}

}  // namespace
}  // namespace pagesift
