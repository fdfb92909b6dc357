// The description a publisher wrote for a page: the reference summary.
#ifndef PAGESIFT_TESTS_SUMMARIZE_EVAL_PAGE_DESCRIPTION_H_
#define PAGESIFT_TESTS_SUMMARIZE_EVAL_PAGE_DESCRIPTION_H_

#include <string>
#include <string_view>

namespace pagesift::eval {

// From a page's HTML, in this order: <meta property="og:description">, the
// "description" of a JSON-LD Article (NewsArticle, BlogPosting, ...), then
// <meta name="description">. HTML character references decoded, whitespace
// collapsed. Empty when the page has none.
std::string PageDescription(std::string_view html);

// "&amp;" -> "&", "&#233;" -> "é", ...: the references that occur in
// attribute values in practice (numeric ones and the common named ones).
std::string DecodeCharacterReferences(std::string_view text);

}  // namespace pagesift::eval

#endif  // PAGESIFT_TESTS_SUMMARIZE_EVAL_PAGE_DESCRIPTION_H_
