// dates: publication and modification dates, normalized to ISO 8601.
//
// A date the page gives with a time keeps its time and its UTC offset
// ("2024-04-05T09:30:00-04:00"); a date given without one stays a calendar
// date ("2024-04-05"). Text dates are read with month names in English,
// French, German, Spanish, Italian, Portuguese and Dutch ("Dec. 19, 2025",
// "12 décembre 2025", "3. März 2024", "5 de mayo de 2023", "04-ago-2021",
// the citation style "2023 Jan 7") and in numeric forms (2025-12-19,
// 2025.12.19, 19.12.2025, 12/19/2025, 12-19-2025). Years outside
// 1990..2100 are rejected: they are almost always version numbers, prices
// or ids.
#ifndef PAGESIFT_METADATA_DATES_H_
#define PAGESIFT_METADATA_DATES_H_

#include <string>
#include <string_view>

namespace pagesift::metadata {

// How to read an ambiguous numeric date such as 03/04/2025.
enum class NumericOrder { kDayFirst, kMonthFirst };

// Day-first everywhere except in American English.
NumericOrder NumericOrderFor(std::string_view lang);

// The ISO 8601 form of a date written in a metadata value, or empty.
std::string NormalizeDate(std::string_view raw, NumericOrder order = NumericOrder::kMonthFirst);

// The first date written in free text ("Posted on March 3, 2024 by..."),
// as YYYY-MM-DD, or empty.
std::string FindDateInText(std::string_view text, NumericOrder order);

// Does `text` hold a date, even one without a year ("Mar 6", "6 juin")?
bool MentionsDate(std::string_view text);

// A date in a URL's path: /2024/03/05/slug or /2024-03-05-slug. Empty if none.
std::string DateFromUrl(std::string_view url);

}  // namespace pagesift::metadata

#endif  // PAGESIFT_METADATA_DATES_H_
