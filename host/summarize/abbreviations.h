// Abbreviations after which a sentence does not end, per language.
//
// ICU's sentence rules break after "Dr." or "z. B." when a capital follows;
// its own suppression lists are short (English lacks "Dr."). These lists add
// the abbreviations that precede names and nouns in running prose. Words that
// often end a sentence ("etc.", "usw.", "U.S.") are left out on purpose: a
// missed break costs less than two sentences glued together.
#ifndef PAGESIFT_SUMMARIZE_ABBREVIATIONS_H_
#define PAGESIFT_SUMMARIZE_ABBREVIATIONS_H_

#include <span>
#include <string_view>

namespace pagesift::summarize {

// The abbreviations of lang (a primary subtag such as "de"), each with its
// final period, as written in text ("z. B.", "M.", "Dr."). Empty for a
// language without a list.
std::span<const std::string_view> AbbreviationsFor(std::string_view lang);

}  // namespace pagesift::summarize

#endif  // PAGESIFT_SUMMARIZE_ABBREVIATIONS_H_
