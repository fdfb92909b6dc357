#include "metadata/dates.h"

#include <gtest/gtest.h>

namespace pagesift::metadata {
namespace {

TEST(Dates, KeepsTimeAndOffset) {
  EXPECT_EQ(NormalizeDate("2024-04-05T09:30:00-04:00"), "2024-04-05T09:30:00-04:00");
  EXPECT_EQ(NormalizeDate("2024-04-05T00:00:00-0400"), "2024-04-05T00:00:00-04:00");
  EXPECT_EQ(NormalizeDate("2024-11-22T22:28:12.769Z"), "2024-11-22T22:28:12Z");
  EXPECT_EQ(NormalizeDate("2025-11-25 08:33:24"), "2025-11-25T08:33:24");
  EXPECT_EQ(NormalizeDate("2024-05-09 00:00:00 +0000"), "2024-05-09T00:00:00+00:00");
  EXPECT_EQ(NormalizeDate("2013-09-29"), "2013-09-29");
}

TEST(Dates, ReadsMonthNamesInEuropeanLanguages) {
  NumericOrder o = NumericOrder::kDayFirst;
  EXPECT_EQ(FindDateInText("Posted on Feb 08, 2022 by Jane", o), "2022-02-08");
  EXPECT_EQ(FindDateInText("Dec. 19, 2025 · Niko", o), "2025-12-19");
  EXPECT_EQ(FindDateInText("December 3rd, 2025", o), "2025-12-03");
  EXPECT_EQ(FindDateInText("Publié le 12 décembre 2025", o), "2025-12-12");
  EXPECT_EQ(FindDateInText("1er janvier 2024", o), "2024-01-01");
  EXPECT_EQ(FindDateInText("Stand: 3. März 2024", o), "2024-03-03");
  EXPECT_EQ(FindDateInText("5 de mayo de 2023", o), "2023-05-05");
  EXPECT_EQ(FindDateInText("7 luglio 2021", o), "2021-07-07");
  EXPECT_EQ(FindDateInText("30th March 2025, 16:26", o), "2025-03-30");
  EXPECT_EQ(FindDateInText("Oct 01, 2025T10:00:00+03:00", o), "2025-10-01");
}

TEST(Dates, ReadsDashedDottedAndCitationForms) {
  NumericOrder o = NumericOrder::kMonthFirst;
  EXPECT_EQ(FindDateInText("By: Team on 04-ago-2021 5:11:10", o), "2021-08-04");
  EXPECT_EQ(FindDateInText("Published: 2025.12.17 | essays", o), "2025-12-17");
  EXPECT_EQ(FindDateInText("11-29-2024, 09:03 AM #1", o), "2024-11-29");
  EXPECT_EQ(FindDateInText("29-11-2024", NumericOrder::kDayFirst), "2024-11-29");
  EXPECT_EQ(NormalizeDate("2023 Jan 7"), "2023-01-07");
  EXPECT_EQ(FindDateInText("Cureus . 2023 Jan 7;15(1):e33475", o), "2023-01-07");
  // Rejected: an impossible day, and a year with a month but no day.
  EXPECT_EQ(FindDateInText("12-40-2024", o), "");
  EXPECT_EQ(FindDateInText("2023 January", o), "");
}

TEST(Dates, ReadsNumericDatesByLanguage) {
  EXPECT_EQ(FindDateInText("17.05.2021", NumericOrder::kMonthFirst), "2021-05-17");
  EXPECT_EQ(FindDateInText("Updated: 10/31/2024", NumericOrder::kDayFirst), "2024-10-31");
  EXPECT_EQ(FindDateInText("03/04/2025", NumericOrder::kMonthFirst), "2025-03-04");
  EXPECT_EQ(FindDateInText("03/04/2025", NumericOrder::kDayFirst), "2025-04-03");
  EXPECT_EQ(NumericOrderFor("en-US"), NumericOrder::kMonthFirst);
  EXPECT_EQ(NumericOrderFor("en-GB"), NumericOrder::kDayFirst);
  EXPECT_EQ(NumericOrderFor("fr"), NumericOrder::kDayFirst);
}

TEST(Dates, EarliestDateInTextWins) {
  EXPECT_EQ(FindDateInText("Published March 1, 2024. Updated 2024-06-02", NumericOrder::kMonthFirst),
            "2024-03-01");
}

TEST(Dates, RejectsImpossibleDatesAndOddYears) {
  EXPECT_EQ(NormalizeDate("2024-02-30"), "");
  EXPECT_EQ(NormalizeDate("0001-01-01"), "");
  EXPECT_EQ(FindDateInText("version 1.2.3 of May 5, 1850", NumericOrder::kMonthFirst), "");
  EXPECT_EQ(NormalizeDate("not a date"), "");
}

TEST(Dates, ReadsUrlDates) {
  EXPECT_EQ(DateFromUrl("https://example.com/2024/03/05/slug"), "2024-03-05");
  EXPECT_EQ(DateFromUrl("https://lmsys.org/blog/2025-12-17-minisgl"), "2025-12-17");
  EXPECT_EQ(DateFromUrl("https://example.com/2024/03/slug"), "");
  EXPECT_EQ(DateFromUrl("https://example.com/p/123456789"), "");
}

TEST(Dates, MentionsDatesWithOrWithoutAYear) {
  EXPECT_TRUE(MentionsDate("Mar 6"));
  EXPECT_TRUE(MentionsDate("6 juin"));
  EXPECT_TRUE(MentionsDate("Posted July 11th"));
  EXPECT_TRUE(MentionsDate("2024-03-05"));
  EXPECT_FALSE(MentionsDate("Jan Maybury"));
  EXPECT_FALSE(MentionsDate("March of the Penguins"));
}

}  // namespace
}  // namespace pagesift::metadata
