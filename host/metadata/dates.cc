#include "metadata/dates.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstdio>
#include <vector>

#include "base/ascii.h"

namespace pagesift::metadata {
namespace {

struct MonthName {
  const char* name;  // lower case
  int month;
};

// Full names and the abbreviations pages print, in the major European
// languages. Names shared by several languages appear once.
constexpr MonthName kMonths[] = {
    {"january", 1}, {"janvier", 1}, {"januar", 1}, {"jänner", 1}, {"enero", 1}, {"gennaio", 1},
    {"janeiro", 1}, {"januari", 1}, {"janv", 1}, {"jan", 1}, {"ene", 1}, {"gen", 1},
    {"february", 2}, {"février", 2}, {"fevrier", 2}, {"februar", 2}, {"febrero", 2}, {"febbraio", 2},
    {"fevereiro", 2}, {"februari", 2}, {"févr", 2}, {"feb", 2}, {"fév", 2}, {"fev", 2},
    {"march", 3}, {"mars", 3}, {"märz", 3}, {"maerz", 3}, {"marzo", 3}, {"março", 3}, {"marco", 3},
    {"maart", 3}, {"mär", 3}, {"mrt", 3}, {"mar", 3},
    {"april", 4}, {"avril", 4}, {"abril", 4}, {"aprile", 4}, {"apr", 4}, {"avr", 4}, {"abr", 4},
    {"may", 5}, {"mai", 5}, {"mayo", 5}, {"maggio", 5}, {"maio", 5}, {"mei", 5}, {"mag", 5},
    {"june", 6}, {"juin", 6}, {"juni", 6}, {"junio", 6}, {"giugno", 6}, {"junho", 6}, {"jun", 6}, {"giu", 6},
    {"july", 7}, {"juillet", 7}, {"juli", 7}, {"julio", 7}, {"luglio", 7}, {"julho", 7}, {"juil", 7},
    {"jul", 7}, {"lug", 7},
    {"august", 8}, {"août", 8}, {"aout", 8}, {"agosto", 8}, {"augustus", 8}, {"aug", 8}, {"ago", 8},
    {"september", 9}, {"septembre", 9}, {"septiembre", 9}, {"setiembre", 9}, {"settembre", 9},
    {"setembro", 9}, {"sept", 9}, {"sep", 9}, {"set", 9},
    {"october", 10}, {"octobre", 10}, {"oktober", 10}, {"octubre", 10}, {"ottobre", 10}, {"outubro", 10},
    {"oct", 10}, {"okt", 10}, {"ott", 10}, {"out", 10},
    {"november", 11}, {"novembre", 11}, {"noviembre", 11}, {"novembro", 11}, {"nov", 11},
    {"december", 12}, {"décembre", 12}, {"decembre", 12}, {"dezember", 12}, {"diciembre", 12},
    {"dicembre", 12}, {"dezembro", 12}, {"dec", 12}, {"déc", 12}, {"dez", 12}, {"dic", 12},
};

// This RE2 captures into StringPiece, not std::string_view.
std::string_view View(re2::StringPiece piece) { return {piece.data(), piece.size()}; }

int MonthNumber(re2::StringPiece name) {
  std::string lower = AsciiLowerCopy(View(name));
  for (const MonthName& m : kMonths) {
    if (lower == m.name) return m.month;
  }
  return 0;
}

// The month names as one alternation, longest first so that "mars" is not
// read as "mar" followed by junk.
std::string MonthAlternation() {
  std::vector<std::string> names;
  for (const MonthName& m : kMonths) names.emplace_back(m.name);
  std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  std::string out = "(";
  for (size_t i = 0; i < names.size(); ++i) out += (i ? "|" : "") + names[i];
  return out + ")";
}

// The compiled patterns, built once; RE2 objects are thread-safe.
struct Patterns {
  Patterns()
      : iso(R"(^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?)"),
        month_day_year("(?i)\\b" + MonthAlternation() +
                       R"(\.?\s+(\d{1,2})(?:st|nd|rd|th)?\.?,?\s+(\d{4})(?:\D|$))"),
        day_month_year(R"((?i)\b(\d{1,2})(?:st|nd|rd|th|er|º|\.)?\s+(?:de\s+)?)" + MonthAlternation() +
                       R"(\.?,?\s+(?:de\s+)?(\d{4})(?:\D|$))"),
        year_month_day("(?i)\\b((?:19|20)\\d{2})\\s+" + MonthAlternation() + R"(\.?\s+(\d{1,2})\b)"),
        day_month_year_dashed(R"((?i)\b(\d{1,2})-)" + MonthAlternation() + R"(\.?-((?:19|20)\d{2})\b)"),
        numeric_iso(R"(\b((?:19|20)\d{2})[-.](\d{2})[-.](\d{2})\b)"),
        numeric_dotted(R"(\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b)"),
        numeric_slashed(R"(\b(\d{1,2})[/-](\d{1,2})[/-]((?:19|20)\d{2})\b)"),
        month_day("(?i)(?:^|\\P{L})" + MonthAlternation() + R"(\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:\D|$))"),
        day_month(R"((?i)(?:^|\D)\d{1,2}(?:st|nd|rd|th|er|º|\.)?\s+(?:de\s+)?)" + MonthAlternation() +
                  R"((?:\P{L}|$))"),
        url_date(R"(/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/_.-]|$))"),
        url_compact(R"(/((?:19|20)\d{2})(\d{2})(\d{2})/)") {}
  RE2 iso, month_day_year, day_month_year, year_month_day, day_month_year_dashed, numeric_iso, numeric_dotted,
      numeric_slashed, month_day, day_month, url_date, url_compact;
};

const Patterns& GetPatterns() {
  static const Patterns* patterns = new Patterns();
  return *patterns;
}

int ToInt(re2::StringPiece piece) {
  std::string_view digits = View(piece);
  int v = 0;
  for (char c : digits) {
    if (!IsAsciiDigit(c)) return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

std::string FormatDate(int year, int month, int day) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > kDays[month - 1]) return {};
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

// One pattern's earliest match in `text`, as a date and its position.
struct Found {
  size_t at = std::string_view::npos;
  std::string date;
};

void Consider(size_t at, std::string date, Found* best) {
  if (!date.empty() && at < best->at) {
    best->at = at;
    best->date = std::move(date);
  }
}

std::string DayMonthOrder(int a, int b, int year, NumericOrder order) {
  if (a > 12) return FormatDate(year, b, a);
  if (b > 12) return FormatDate(year, a, b);
  return order == NumericOrder::kDayFirst ? FormatDate(year, b, a) : FormatDate(year, a, b);
}

}  // namespace

NumericOrder NumericOrderFor(std::string_view lang) {
  std::string l = AsciiLowerCopy(lang);
  return (l == "en-us" || l == "en" || l.empty()) ? NumericOrder::kMonthFirst : NumericOrder::kDayFirst;
}

std::string NormalizeDate(std::string_view raw, NumericOrder order) {
  const Patterns& p = GetPatterns();
  re2::StringPiece y, mo, d, h, mi, s, zone;
  if (RE2::PartialMatch(raw, p.iso, &y, &mo, &d, &h, &mi, &s, &zone)) {
    std::string date = FormatDate(ToInt(y), ToInt(mo), ToInt(d));
    if (date.empty() || h.empty()) return date;
    int hour = ToInt(h), minute = ToInt(mi), second = s.empty() ? 0 : ToInt(s);
    if (hour > 23 || minute > 59 || second > 60) return date;
    char buf[48];
    std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d", hour, minute, second);
    date += buf;
    if (zone == "Z") {
      date += "Z";
    } else if (zone.size() == 5) {  // +0400
      date += std::string(View(zone).substr(0, 3)) + ":" + std::string(View(zone).substr(3));
    } else {
      date += std::string(View(zone));
    }
    return date;
  }
  return FindDateInText(raw, order);
}

std::string FindDateInText(std::string_view text, NumericOrder order) {
  const Patterns& p = GetPatterns();
  Found best;
  re2::StringPiece a, b, c;
  // Each pattern is searched on its own; the earliest match in the text wins.
  if (RE2::PartialMatch(text, p.month_day_year, &a, &b, &c)) {
    Consider(static_cast<size_t>(a.data() - text.data()), FormatDate(ToInt(c), MonthNumber(a), ToInt(b)), &best);
  }
  if (RE2::PartialMatch(text, p.day_month_year, &a, &b, &c)) {
    Consider(static_cast<size_t>(a.data() - text.data()), FormatDate(ToInt(c), MonthNumber(b), ToInt(a)), &best);
  }
  if (RE2::PartialMatch(text, p.year_month_day, &a, &b, &c)) {
    Consider(static_cast<size_t>(a.data() - text.data()), FormatDate(ToInt(a), MonthNumber(b), ToInt(c)), &best);
  }
  if (RE2::PartialMatch(text, p.day_month_year_dashed, &a, &b, &c)) {
    Consider(static_cast<size_t>(a.data() - text.data()), FormatDate(ToInt(c), MonthNumber(b), ToInt(a)), &best);
  }
  if (RE2::PartialMatch(text, p.numeric_iso, &a, &b, &c)) {
    Consider(static_cast<size_t>(a.data() - text.data()), FormatDate(ToInt(a), ToInt(b), ToInt(c)), &best);
  }
  if (RE2::PartialMatch(text, p.numeric_dotted, &a, &b, &c)) {
    Consider(static_cast<size_t>(a.data() - text.data()), FormatDate(ToInt(c), ToInt(b), ToInt(a)), &best);
  }
  if (RE2::PartialMatch(text, p.numeric_slashed, &a, &b, &c)) {
    Consider(static_cast<size_t>(a.data() - text.data()), DayMonthOrder(ToInt(a), ToInt(b), ToInt(c), order),
             &best);
  }
  return best.date;
}

bool MentionsDate(std::string_view text) {
  const Patterns& p = GetPatterns();
  return !FindDateInText(text, NumericOrder::kMonthFirst).empty() || RE2::PartialMatch(text, p.month_day) ||
         RE2::PartialMatch(text, p.day_month);
}

std::string DateFromUrl(std::string_view url) {
  const Patterns& p = GetPatterns();
  re2::StringPiece y, m, d;
  if (RE2::PartialMatch(url, p.url_date, &y, &m, &d) || RE2::PartialMatch(url, p.url_compact, &y, &m, &d)) {
    return FormatDate(ToInt(y), ToInt(m), ToInt(d));
  }
  return {};
}

}  // namespace pagesift::metadata
