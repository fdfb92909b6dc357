// Helpers for the metadata tests: parse a small hand-written page and read
// its metadata the way the pipeline does.
#ifndef PAGESIFT_TESTS_UNIT_METADATA_METADATA_TEST_PAGE_H_
#define PAGESIFT_TESTS_UNIT_METADATA_METADATA_TEST_PAGE_H_

#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "base/url.h"
#include "dom/dom.h"
#include "metadata/metadata.h"
#include "pagesift/limits.h"
#include "pagesift/result.h"
#include "parse/parse.h"

namespace pagesift::metadata {

inline dom::Document ParsePage(std::string_view html) {
  dom::Document doc;
  Status status = parse::ParseHtml(html, Limits(), &doc);
  EXPECT_TRUE(status.ok());
  return doc;
}

inline Result MetadataOf(std::string_view html, std::string_view url = "https://news.example.com/a/story") {
  dom::Document doc = ParsePage(html);
  UrlResolver urls(url);
  Result result;
  ReadMetadata(doc, urls, &result);
  return result;
}

// `count` paragraphs that name no one and give no date: pushes what follows
// beyond the reach of the heuristics that read only near the heading.
inline std::string Filler(int count) {
  std::string filler;
  for (int i = 0; i < count; ++i) filler += "<p>A paragraph of the article, long enough to push the rest away.</p>";
  return filler;
}

}  // namespace pagesift::metadata

#endif  // PAGESIFT_TESTS_UNIT_METADATA_METADATA_TEST_PAGE_H_
