// Node statistics: characters and commas as the scorer counts them.
#include "extract/node_stats.h"

#include <gtest/gtest.h>

namespace pagesift::extract {
namespace {

struct Counted {
  uint32_t chars = 0;
  uint32_t commas = 0;
};

Counted Count(std::string_view text) {
  Counted c;
  CountText(text, &c.chars, &c.commas);
  return c;
}

TEST(CountText, CountsCodePointsWithoutWhitespaceOrNoBreakSpaces) {
  EXPECT_EQ(Count("a b\tc\n").chars, 3u);
  EXPECT_EQ(Count("caf\u00E9\u00A0cr\u00E8me").chars, 9u);
  EXPECT_EQ(Count("\u65E5\u672C\u8A9E").chars, 3u);
}

TEST(CountText, CountsCommasOfEveryScript) {
  EXPECT_EQ(Count("one, two, three").commas, 2u);
  EXPECT_EQ(Count("\u4E00\uFF0C\u4E8C\u3001\u4E09").commas, 2u);  // fullwidth and ideographic
  EXPECT_EQ(Count("\u0648\u060C\u0648").commas, 1u);                // Arabic
  // Characters that share a comma's lead byte are not commas.
  EXPECT_EQ(Count("\uFF0D\u3002\u0627").commas, 0u);
  EXPECT_EQ(Count("\xEF\xBC").commas, 0u);  // cut short at the end
}

}  // namespace
}  // namespace pagesift::extract
