// The one JSON shape of a Result and of an error, shared by every front end.
//
// Result fields keep Readability.js's names where they overlap: title,
// byline, dir, lang, excerpt, siteName, publishedTime, content, textContent,
// length, readerable; then authors, modifiedTime, image, canonicalUrl, tags,
// section, wordCount, readingTimeMinutes, truncated, url (and markdown when
// it was rendered).
#ifndef PAGESIFT_JSON_H_
#define PAGESIFT_JSON_H_

#include <nlohmann/json.hpp>

#include "pagesift/result.h"
#include "pagesift/status.h"

namespace pagesift {

nlohmann::json ResultToJson(const Result& result);

// {"code": "input_too_large", "message": "..."}
nlohmann::json StatusToJson(const Status& status);

// Serialises a value on one line, safe for JSON Lines readers: invalid
// UTF-8 (none should reach here) is replaced rather than thrown on, and the
// characters some readers take for line ends (U+0085, U+2028, U+2029) are
// escaped.
std::string DumpJsonLine(const nlohmann::json& value);

}  // namespace pagesift

#endif  // PAGESIFT_JSON_H_
