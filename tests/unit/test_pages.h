// Helpers for tests that extract small hand-written pages.
#ifndef PAGESIFT_TESTS_UNIT_TEST_PAGES_H_
#define PAGESIFT_TESTS_UNIT_TEST_PAGES_H_

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

// An article page around `body`: prose before and after it, so that the
// page is plainly an article whatever `body` holds; Markdown included.
inline Result ExtractArticleAround(const std::string& body) {
  Options options;
  options.url = "https://example.org/post.html";
  options.want_markdown = true;
  Result r;
  Status s = Extract("<html><body><article>" + Paragraphs(2, "Before") + body + Paragraphs(1, "After") +
                         "</article></body></html>",
                     options, &r);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return r;
}

inline size_t Count(const std::string& haystack, std::string_view needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

inline bool Has(const std::string& haystack, std::string_view needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace pagesift::test_pages

#endif  // PAGESIFT_TESTS_UNIT_TEST_PAGES_H_
