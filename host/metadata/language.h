// language: the page's language (a BCP 47 tag) and text direction.
//
// Sources: <html lang> (or xml:lang), then the Content-Language header as a
// meta http-equiv, og:locale, dc.language and JSON-LD inLanguage. Tags are
// normalized ("en_us" -> "en-US", "zh-hant-tw" -> "zh-Hant-TW"); a value
// that is not a well-formed tag ("english", "{{lang}}") is rejected.
// Direction: the dir of the nearest element around the article's heading
// (else its first paragraph) that has one, else of <body>, else of <html>;
// "ltr" or "rtl" only.
#ifndef PAGESIFT_METADATA_LANGUAGE_H_
#define PAGESIFT_METADATA_LANGUAGE_H_

#include <string>
#include <string_view>

#include "dom/dom.h"

namespace pagesift::metadata {

// The BCP 47 form of `raw` (its first tag when a list), or empty.
std::string NormalizeLanguageTag(std::string_view raw);

// The language <html> (or xml:lang) declares, normalized, or empty.
std::string DeclaredLanguage(const dom::Document& doc);

// "ltr", "rtl" or empty.
std::string DeclaredDirection(const dom::Document& doc, dom::NodeId heading);

}  // namespace pagesift::metadata

#endif  // PAGESIFT_METADATA_LANGUAGE_H_
