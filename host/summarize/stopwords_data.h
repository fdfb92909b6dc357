// The stopword lists of stopwords/*.txt, compiled in by CMake.
#ifndef PAGESIFT_SUMMARIZE_STOPWORDS_DATA_H_
#define PAGESIFT_SUMMARIZE_STOPWORDS_DATA_H_

#include <span>
#include <string_view>

namespace pagesift::summarize {

struct StopwordList {
  std::string_view lang;   // ISO 639-1, the file's name
  std::string_view words;  // the file's text: one word a line
};

// Every list, in no particular order. Defined in the generated stopwords_data.cc.
std::span<const StopwordList> EmbeddedStopwordLists();

}  // namespace pagesift::summarize

#endif  // PAGESIFT_SUMMARIZE_STOPWORDS_DATA_H_
