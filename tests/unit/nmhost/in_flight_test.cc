#include "nmhost/in_flight.h"

#include <memory>

#include <gtest/gtest.h>

namespace pagesift::nmhost {
namespace {

InFlightTable::CancelFlag NewFlag() { return std::make_shared<std::atomic<bool>>(false); }

TEST(InFlightTableTest, ResultAnswersOnce) {
  InFlightTable table;
  const uint64_t seq = table.Add("1", NewFlag());
  EXPECT_TRUE(table.Contains("1"));
  EXPECT_TRUE(table.Remove("1", seq));
  EXPECT_FALSE(table.Remove("1", seq));
  EXPECT_EQ(table.size(), 0u);
}

TEST(InFlightTableTest, CancelRaisesTheFlagAndTakesTheAnswer) {
  InFlightTable table;
  auto flag = NewFlag();
  const uint64_t seq = table.Add("\"a\"", flag);
  EXPECT_TRUE(table.Cancel("\"a\""));
  EXPECT_TRUE(flag->load());
  EXPECT_FALSE(table.Remove("\"a\"", seq)) << "the late result must be dropped";
  EXPECT_FALSE(table.Cancel("\"a\""));
}

TEST(InFlightTableTest, CancelOfAnUnknownIdFindsNothing) {
  InFlightTable table;
  table.Add("1", NewFlag());
  EXPECT_FALSE(table.Cancel("2"));
  EXPECT_EQ(table.size(), 1u);
}

TEST(InFlightTableTest, ExpiredRequestIsNotAnsweredAgain) {
  InFlightTable table;
  auto flag = NewFlag();
  const uint64_t seq = table.Add("1", flag);
  EXPECT_TRUE(table.Expire("1", seq));
  EXPECT_TRUE(flag->load());
  EXPECT_FALSE(table.Remove("1", seq));
  EXPECT_FALSE(table.Expire("1", seq));
}

TEST(InFlightTableTest, LateResultDoesNotAnswerANewerRequestWithTheSameId) {
  InFlightTable table;
  const uint64_t first = table.Add("1", NewFlag());
  ASSERT_TRUE(table.Cancel("1"));
  auto second_flag = NewFlag();
  const uint64_t second = table.Add("1", second_flag);
  EXPECT_FALSE(table.Remove("1", first));
  EXPECT_FALSE(table.Expire("1", first));
  EXPECT_FALSE(second_flag->load());
  EXPECT_TRUE(table.Remove("1", second));
}

TEST(InFlightTableTest, CancelAllRaisesEveryFlag) {
  InFlightTable table;
  auto a = NewFlag();
  auto b = NewFlag();
  table.Add("a", a);
  table.Add("b", b);
  table.CancelAll();
  EXPECT_TRUE(a->load());
  EXPECT_TRUE(b->load());
  EXPECT_EQ(table.size(), 0u);
}

}  // namespace
}  // namespace pagesift::nmhost
