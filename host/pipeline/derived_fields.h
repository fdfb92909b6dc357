// Fields computed from the others once the content is known: length, word
// count, reading time, the excerpt fallback and the readerable verdict.
#ifndef PAGESIFT_PIPELINE_DERIVED_FIELDS_H_
#define PAGESIFT_PIPELINE_DERIVED_FIELDS_H_

#include <cstddef>
#include <string_view>

#include "pagesift/result.h"

namespace pagesift {

void FillDerivedFields(Result* result);

// Words in text; each CJK ideograph, kana or hangul syllable counts as one.
size_t CountWords(std::string_view text);

// Is there enough prose for a reader view? Sums sqrt(length - 140) over
// paragraphs longer than 140 characters, as Readability does, but counts
// CJK characters three times over, since one carries about as much as
// three Latin letters (so Chinese and Japanese pages are not refused).
bool IsReaderable(const Result& result);

}  // namespace pagesift

#endif  // PAGESIFT_PIPELINE_DERIVED_FIELDS_H_
