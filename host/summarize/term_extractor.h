// TermExtractor: the terms a sentence is about, for comparing sentences.
//
// Words are found with ICU's word rules (which also segment Chinese, Japanese
// and Thai), case-folded, and stemmed with the language's Snowball stemmer
// (libstemmer), so that "élections" and "élection" are one term. Stopwords
// are dropped when asked. Elided articles and pronouns of French, Italian
// and Catalan ("l'", "qu'", "dell'") are split from the word they precede.
#ifndef PAGESIFT_SUMMARIZE_TERM_EXTRACTOR_H_
#define PAGESIFT_SUMMARIZE_TERM_EXTRACTOR_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/brkiter.h>

#include "pagesift/status.h"

struct sb_stemmer;

namespace pagesift::summarize {

class TermExtractor {
 public:
  // lang is a primary subtag ("fr") or "und". A language Snowball does not
  // know is not stemmed; one without a stopword list keeps every word.
  // Fails (kInternal) only when ICU's data cannot be loaded.
  static Status Create(std::string_view lang, bool drop_stopwords,
                       std::unique_ptr<TermExtractor>* out);
  ~TermExtractor();

  TermExtractor(const TermExtractor&) = delete;
  TermExtractor& operator=(const TermExtractor&) = delete;

  // Appends the terms of text to *terms, in order, and returns how many
  // words text has (stopwords included, numbers included).
  size_t Extract(std::string_view text, std::vector<std::string>* terms);

 private:
  TermExtractor(std::string lang, bool drop_stopwords, std::unique_ptr<icu::BreakIterator> words,
                sb_stemmer* stemmer);

  void AddWord(std::string word, std::vector<std::string>* terms);

  std::string lang_;
  bool drop_stopwords_;
  std::unique_ptr<icu::BreakIterator> words_;  // stateful: one extractor, one thread
  sb_stemmer* stemmer_;                        // owned; null when Snowball lacks the language
};

// text case-folded (Unicode full case folding), with typographic apostrophes
// made ASCII, for comparing phrases regardless of case.
std::string FoldCase(std::string_view text);

}  // namespace pagesift::summarize

#endif  // PAGESIFT_SUMMARIZE_TERM_EXTRACTOR_H_
