// SentenceSplitter: a paragraph's text into sentences, per language.
//
// ICU's sentence break rules (Unicode UAX #29) do the work; they already keep
// decimals ("3.50") and closing quotes ("Stop." she said) right. On top:
//   - the language's abbreviations (abbreviations.h) suppress breaks after
//     "Dr.", "M.", "z. B." ...;
//   - a break after a single capital initial ("J. R. R. Tolkien") is removed;
//   - a closing quote or bracket that ICU put at the start of the next
//     sentence, as after French « Non. », goes back to the sentence it closes;
//   - in German, a break after a day or ordinal number ("am 1. Januar") is
//     removed.
#ifndef PAGESIFT_SUMMARIZE_SENTENCE_SPLITTER_H_
#define PAGESIFT_SUMMARIZE_SENTENCE_SPLITTER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include "pagesift/status.h"

namespace pagesift::summarize {

class SentenceSplitter {
 public:
  // lang is a primary subtag ("de"), or "und" for no particular language.
  // Fails (kInternal) only when ICU's data cannot be loaded.
  static Status Create(std::string_view lang, std::unique_ptr<SentenceSplitter>* out);

  SentenceSplitter(const SentenceSplitter&) = delete;
  SentenceSplitter& operator=(const SentenceSplitter&) = delete;

  // Appends the sentences of paragraph to *sentences, each trimmed with its
  // inner whitespace collapsed to single spaces, until *sentences holds
  // max_total. Invalid UTF-8 is replaced, never an error.
  void Split(std::string_view paragraph, size_t max_total, std::vector<std::string>* sentences);

 private:
  SentenceSplitter(std::string lang, std::vector<icu::UnicodeString> abbreviations,
                   std::unique_ptr<icu::BreakIterator> breaker);

  std::vector<int32_t> Boundaries(const icu::UnicodeString& text);
  bool KeepsSentenceOpen(const icu::UnicodeString& text, int32_t boundary) const;
  bool EndsWithAbbreviation(const icu::UnicodeString& text, int32_t boundary) const;

  std::string lang_;
  std::vector<icu::UnicodeString> abbreviations_;  // each with its final period
  std::unique_ptr<icu::BreakIterator> breaker_;  // stateful: one splitter, one thread
};

// Collapses runs of white space (including line breaks and no-break spaces
// at either end) to one ASCII space and trims both ends.
std::string CollapseWhitespace(std::string_view text);

}  // namespace pagesift::summarize

#endif  // PAGESIFT_SUMMARIZE_SENTENCE_SPLITTER_H_
