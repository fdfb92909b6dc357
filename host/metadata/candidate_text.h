// candidate_text: cleaning a metadata value and the rejection rules every
// field shares.
//
// Values come from attributes, JSON-LD strings and page text, all hostile:
// pages escape entities twice ("Tom &amp;amp; Jerry"), leave template
// placeholders unfilled ("{{title}}") or put a URL where a name belongs.
#ifndef PAGESIFT_METADATA_CANDIDATE_TEXT_H_
#define PAGESIFT_METADATA_CANDIDATE_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

namespace pagesift::metadata {

// Whitespace collapsed and trimmed; character references that survived the
// HTML parser (double-escaped pages) decoded, at most two levels deep.
std::string CleanText(std::string_view raw);

// "http://...", "https://...", "//host/..." or "www.host...".
bool IsUrl(std::string_view value);

// An unfilled template: "{{title}}", "${author}", "%%title%%", "[title]", or a
// message key printed untranslated ("page.head.author").
bool IsPlaceholder(std::string_view value);

// Non-empty, not a URL, not a placeholder.
bool IsUsable(std::string_view value);

// Lower-case words: runs of letters and digits of any script (ASCII case
// folded); symbols and punctuation ("®", "¶", "-") separate them.
std::vector<std::string> Words(std::string_view text);

// The same words in the same order, case-folded: how the scorers and a
// reader compare two titles or names.
bool SameWords(std::string_view a, std::string_view b);

// Every word of `part` occurs in `whole`.
bool WordsContained(std::string_view part, std::string_view whole);

// How many of the words of `part` occur in `whole`.
size_t SharedWordCount(std::string_view part, std::string_view whole);

}  // namespace pagesift::metadata

#endif  // PAGESIFT_METADATA_CANDIDATE_TEXT_H_
