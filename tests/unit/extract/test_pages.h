// Helpers for tests that extract small hand-written pages.
#ifndef PAGESIFT_TESTS_UNIT_EXTRACT_TEST_PAGES_H_
#define PAGESIFT_TESTS_UNIT_EXTRACT_TEST_PAGES_H_

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "pagesift/extract.h"

namespace pagesift::test_pages {

inline const std::string kProse =
    "This paragraph is real prose, with commas, clauses, and enough words to count as content; "
    "it goes on for a second sentence so that it is as long as the paragraphs of a real article. ";

// n paragraphs of prose, each starting "<prefix> <i>.".
inline std::string Paragraphs(int n, std::string_view prefix) {
  std::string out;
  for (int i = 0; i < n; ++i) out += "<p>" + std::string(prefix) + " " + std::to_string(i) + ". " + kProse + "</p>";
  return out;
}

inline Result ExtractPage(const std::string& html, std::string url = "https://example.org/a/b.html") {
  Options options;
  options.url = std::move(url);
  Result r;
  Status s = Extract(html, options, &r);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return r;
}

inline bool Has(const std::string& haystack, std::string_view needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace pagesift::test_pages

#endif  // PAGESIFT_TESTS_UNIT_EXTRACT_TEST_PAGES_H_
