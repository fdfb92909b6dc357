// Stopwords: the function words of a language, left out of a sentence's terms.
#ifndef PAGESIFT_SUMMARIZE_STOPWORDS_H_
#define PAGESIFT_SUMMARIZE_STOPWORDS_H_

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace pagesift::summarize {

using StopwordSet = std::unordered_set<std::string_view>;

// The stopwords of lang (a primary subtag such as "fr"), case-folded; an
// empty set for a language without a list. The set lives as long as the
// program and is never modified after its first use.
const StopwordSet& StopwordsFor(std::string_view lang);

// The languages that have a list, sorted.
std::vector<std::string> StopwordLanguages();

}  // namespace pagesift::summarize

#endif  // PAGESIFT_SUMMARIZE_STOPWORDS_H_
