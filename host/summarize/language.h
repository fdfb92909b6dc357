// Language: which language a text is in, from its metadata or its words.
#ifndef PAGESIFT_SUMMARIZE_LANGUAGE_H_
#define PAGESIFT_SUMMARIZE_LANGUAGE_H_

#include <string>
#include <string_view>

namespace pagesift::summarize {

// The primary subtag of a BCP 47 tag, lowercase: "fr-CA" -> "fr",
// "EN_us" -> "en". Empty when the tag does not start with 2 or 3 ASCII
// letters, or is "und".
std::string PrimaryLanguage(std::string_view tag);

// A guess from the text itself, for a selection or a page without a lang.
// Texts in a non-Latin script are told by their script (Hiragana or Katakana
// -> "ja", Hangul -> "ko", Han -> "zh", Cyrillic -> "ru", Greek, Arabic,
// Hebrew, Thai, Devanagari); Latin-script texts by which language's stopword
// list covers most of their words. Returns "und" when the text gives too
// little to go on. Reads at most the first 64 KiB.
std::string GuessLanguage(std::string_view text);

}  // namespace pagesift::summarize

#endif  // PAGESIFT_SUMMARIZE_LANGUAGE_H_
